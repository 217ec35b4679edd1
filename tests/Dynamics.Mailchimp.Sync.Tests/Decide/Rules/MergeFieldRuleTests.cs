using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sync.Decide.Rules;
using Dynamics.Mailchimp.Sync.Model;
using Dynamics.Mailchimp.Sync.Tests.Support;

namespace Dynamics.Mailchimp.Sync.Tests.Decide.Rules;

/// <summary>Columns map to merge fields: defaults without configuration, configured mappings add or replace.</summary>
public sealed class MergeFieldRuleTests
{
    private static AudienceSettings CreateSettings(params MergeFieldMapping[] mappings) => AudienceSettings.For(TestData.Audience) with { MergeFieldMappings = mappings };

    [Fact]
    public void Build_NoConfiguration_SendsFirstAndLastName()
    {
        // Arrange
        var ada = TestData.Snapshot(TestData.Contact(1), "ada@example.org");

        // Act
        var fields = MergeFieldRule.Build(ada, CreateSettings());

        // Assert
        Assert.Equal(new Dictionary<string, string> { ["FNAME"] = "Ada", ["LNAME"] = "Lovelace" }, fields);
    }

    [Fact]
    public void Build_ConfiguredMappings_AddFieldsAndReplaceTheDefaultOfTheSameTag()
    {
        // Arrange
        var ada = TestData.Snapshot(TestData.Contact(1), "ada@example.org", s => s with
        {
            Values = new Dictionary<string, ColumnValue>
            {
                [PersonFields.FirstName] = ColumnValue.Text("Ada"),
                ["nickname"] = ColumnValue.Text("Countess"),
                ["birthdate"] = ColumnValue.Date(new DateOnly(1815, 12, 10)),
            },
        });
        var settings = CreateSettings(new(TableNames.Contact, "nickname", "FNAME"), new(TableNames.Contact, "birthdate", "BIRTHDAY"), new(TableNames.Lead, "nickname", "NICK"));

        // Act
        var fields = MergeFieldRule.Build(ada, settings);

        // Assert
        Assert.Equal(new Dictionary<string, string> { ["FNAME"] = "Countess", ["LNAME"] = string.Empty, ["BIRTHDAY"] = "1815-12-10" }, fields);
    }
}
