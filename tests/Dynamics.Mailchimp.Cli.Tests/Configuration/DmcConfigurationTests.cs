using System.CommandLine;
using Dynamics.Mailchimp.Cli.Configuration;

namespace Dynamics.Mailchimp.Cli.Tests.Configuration;

/// <summary>
/// The order of the settings, later winning: built-in defaults &lt; the organization's environment variables &lt; the
/// settings file &lt; user secrets and <c>DMC_</c> variables &lt; the flags.
/// </summary>
public sealed class DmcConfigurationTests : IDisposable
{
    private const string BatchKey = "Dataverse:MaxBatchOperations";
    private const string LeaveListsKey = "Sync:Pull:UnsubscribeLeavesLists";
    private readonly string _folder = Directory.CreateTempSubdirectory("dmc-config-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static ParseResult Parse(params string[] args)
    {
        var root = new RootCommand();
        foreach (var option in ConnectionFlags.All)
        {
            root.Options.Add(option);
        }

        return root.Parse(args);
    }

    [Fact]
    public void SetOrganizationSettings_OverBuiltInDefault_Wins()
    {
        // Arrange
        var configuration = DmcConfiguration.Build(Parse(), _folder);
        Assert.Equal("1000", configuration[BatchKey]);

        // Act
        DmcConfiguration.SetOrganizationSettings(configuration, new Dictionary<string, string?> { [BatchKey] = "500", [LeaveListsKey] = "False" });

        // Assert
        Assert.Equal("500", configuration[BatchKey]);
        Assert.Equal("False", configuration[LeaveListsKey]);
    }

    [Fact]
    public void SetOrganizationSettings_UnderTheSettingsFile_Loses()
    {
        // Arrange
        File.WriteAllText(Path.Combine(_folder, DmcConfiguration.DefaultSettingsFile), """{ "Sync": { "Pull": { "UnsubscribeLeavesLists": true } } }""");
        var configuration = DmcConfiguration.Build(Parse(), _folder);

        // Act
        DmcConfiguration.SetOrganizationSettings(configuration, new Dictionary<string, string?> { [LeaveListsKey] = "False" });

        // Assert
        Assert.Equal("True", configuration[LeaveListsKey], ignoreCase: true);
    }

    [Fact]
    public void SetOrganizationSettings_UnderTheFlags_Loses()
    {
        // Arrange
        var configuration = DmcConfiguration.Build(Parse("--mailchimp-url", "http://127.0.0.1:5123/3.0/"), _folder);

        // Act
        DmcConfiguration.SetOrganizationSettings(configuration, new Dictionary<string, string?> { ["Mailchimp:BaseAddress"] = "http://example.invalid/3.0/" });

        // Assert
        Assert.Equal("http://127.0.0.1:5123/3.0/", configuration["Mailchimp:BaseAddress"]);
    }

    [Fact]
    public void SetOrganizationSettings_ConfigurationNotFromBuild_Throws()
    {
        // Arrange
        var configuration = new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build();

        // Act
        var error = Record.Exception(() => DmcConfiguration.SetOrganizationSettings(configuration, new Dictionary<string, string?>()));

        // Assert
        Assert.IsType<ArgumentException>(error);
    }
}
