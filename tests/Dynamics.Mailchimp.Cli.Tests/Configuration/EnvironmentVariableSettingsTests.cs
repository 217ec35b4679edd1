using Dynamics.Mailchimp.Cli.Configuration;
using Dynamics.Mailchimp.Solution.Settings;

namespace Dynamics.Mailchimp.Cli.Tests.Configuration;

/// <summary>The solution's environment variables as job settings: current value over default, each text read in its form.</summary>
public sealed class EnvironmentVariableSettingsTests
{
    private static EnvironmentVariableReading Reading(string name, string? current, string? @default) => new(name, null, current, @default);

    [Fact]
    public void All_EverySolutionDefinition_IsMappedOnce()
    {
        // Act
        var mapped = EnvironmentVariableSettings.All.Select(s => s.SchemaName).ToList();

        // Assert: a definition the job does not read would mislead admins; a mapping without a definition is dead.
        Assert.Equal(EnvironmentVariableCatalog.FromSolution().Select(d => d.SchemaName), mapped.Order(StringComparer.Ordinal));
        Assert.Equal(mapped.Count, mapped.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void ToConfiguration_SolutionDefaults_EqualTheJobsBuiltInDefaults()
    {
        // Arrange: the definitions as an import leaves them, with no current value.
        var readings = EnvironmentVariableCatalog.FromSolution().Select(d => new EnvironmentVariableReading(d.SchemaName, d.Type, null, d.DefaultValue));

        // Act
        var values = EnvironmentVariableSettings.ToConfiguration(readings);

        // Assert: the solution documents the job's defaults, so importing it changes nothing.
        Assert.Equal(bool.TrueString, values["Sync:Pull:UnsubscribeBlocksBulkEmail"]);
        Assert.Equal(bool.FalseString, values["Sync:Pull:CleanedBlocksBulkEmail"]);
        Assert.Equal(bool.FalseString, values["Sync:Pull:CreateLeadsForUnmatched"]);
        Assert.Equal(new Sync.Pull.Activity.ActivityPullOptions().Retention.ToString("c"), values["Sync:Activity:Retention"]);
        Assert.Equal("7", values[EnvironmentVariableSettings.ReconcileIntervalKey]);
        Assert.False(values.ContainsKey("Mailchimp:ServerPrefix"));
    }

    [Theory]
    [InlineData("no", "yes", "False")]
    [InlineData(null, "yes", "True")]
    [InlineData("  ", "no", "False")]
    [InlineData("TRUE", "no", "True")]
    public void ToConfiguration_YesNo_CurrentValueElseDefault(string? current, string @default, string expected)
    {
        // Act
        var values = EnvironmentVariableSettings.ToConfiguration([Reading("dmc_UnsubscribeLeavesLists", current, @default)]);

        // Assert
        Assert.Equal(expected, values["Sync:Pull:UnsubscribeLeavesLists"]);
    }

    [Theory]
    [InlineData("30", "30.00:00:00")]
    [InlineData("1.5", "1.12:00:00")]
    public void ToConfiguration_Days_BecomeATimeSpan(string days, string expected)
    {
        // Act
        var values = EnvironmentVariableSettings.ToConfiguration([Reading("dmc_ActivityRetentionDays", days, "90")]);

        // Assert
        Assert.Equal(expected, values["Sync:Activity:Retention"]);
    }

    [Fact]
    public void ToConfiguration_Text_IsTakenTrimmed()
    {
        // Act
        var values = EnvironmentVariableSettings.ToConfiguration([Reading("dmc_MailchimpServerPrefix", " us21 ", null)]);

        // Assert
        Assert.Equal("us21", values["Mailchimp:ServerPrefix"]);
    }

    [Fact]
    public void ToConfiguration_UnmappedOrEmptyVariable_IsLeftOut()
    {
        // Act
        var values = EnvironmentVariableSettings.ToConfiguration([Reading("dmc_SomethingNewer", "1", null), Reading("dmc_MailchimpServerPrefix", null, null)]);

        // Assert
        Assert.Empty(values);
    }

    [Theory]
    [InlineData("dmc_UnsubscribeBlocksBulkEmail", "maybe", "current value 'maybe'", "yes or no")]
    [InlineData("dmc_ReconcileIntervalDays", "7.5", "current value '7.5'", "a whole number")]
    [InlineData("dmc_ActivityRetentionDays", "ninety", "current value 'ninety'", "number of days")]
    [InlineData("dmc_ActivityRetentionDays", "-1", "current value '-1'", "number of days")]
    public void ToConfiguration_ValueOfTheWrongForm_ThrowsNamingTheVariable(string name, string value, string origin, string expected)
    {
        // Act
        var error = Assert.Throws<DmcConfigurationException>(() => EnvironmentVariableSettings.ToConfiguration([Reading(name, value, null)]));

        // Assert
        Assert.Contains(name, error.Message, StringComparison.Ordinal);
        Assert.Contains(origin, error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToConfiguration_BadDefaultValue_SaysItIsTheDefault()
    {
        // Act
        var error = Assert.Throws<DmcConfigurationException>(() => EnvironmentVariableSettings.ToConfiguration([Reading("dmc_CreateLeadsForUnmatched", null, "sometimes")]));

        // Assert
        Assert.Contains("default value 'sometimes'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_ErrorNamingASettingFromDataverse_AddsWhereItCameFrom()
    {
        // Arrange
        var error = new DmcConfigurationException("The Sync:Pull settings are not valid:\n  - Sync:Pull:UnsubscribeLeavesLists: bad");

        // Act
        var explained = EnvironmentVariableSettings.Explain(error, [Reading("dmc_UnsubscribeLeavesLists", "no", "yes"), Reading("dmc_CleanedBlocksBulkEmail", null, "no")]);

        // Assert: only the setting the error names is explained.
        Assert.Contains("dmc_UnsubscribeLeavesLists (current value 'no')", explained.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("dmc_CleanedBlocksBulkEmail", explained.Message, StringComparison.Ordinal);
        Assert.Same(error, explained.InnerException);
    }

    [Fact]
    public void Explain_ErrorNamingNoSettingFromDataverse_IsReturnedAsItIs()
    {
        // Arrange
        var error = new DmcConfigurationException("The Sync:Push settings are not valid.");

        // Act
        var explained = EnvironmentVariableSettings.Explain(error, [Reading("dmc_UnsubscribeLeavesLists", "no", "yes")]);

        // Assert
        Assert.Same(error, explained);
    }
}
