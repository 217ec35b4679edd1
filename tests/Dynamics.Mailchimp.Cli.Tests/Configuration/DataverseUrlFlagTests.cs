using Dynamics.Mailchimp.Cli.Configuration;

namespace Dynamics.Mailchimp.Cli.Tests.Configuration;

public sealed class DataverseUrlFlagTests
{
    [Theory]
    [InlineData("https://contoso.crm4.dynamics.com", "https://contoso.crm4.dynamics.com/", null)]
    [InlineData("https://contoso.crm4.dynamics.com/", "https://contoso.crm4.dynamics.com/", null)]
    [InlineData("http://127.0.0.1:5123/api/data/v9.2/", "http://127.0.0.1:5123/", "v9.2")]
    [InlineData("https://contoso.crm.dynamics.com/api/data/v9.1", "https://contoso.crm.dynamics.com/", "v9.1")]
    public void Split_EnvironmentOrWebApiUrl_GivesEnvironmentAndVersion(string flag, string environment, string? version)
    {
        // Arrange
        var url = new Uri(flag);

        // Act
        var (actualEnvironment, actualVersion) = DataverseUrlFlag.Split(url);

        // Assert
        Assert.Equal(new Uri(environment), actualEnvironment);
        Assert.Equal(version, actualVersion);
    }

    [Fact]
    public void Split_NotHttp_ThrowsConfigurationErrorNamingTheFlag()
    {
        // Arrange
        var url = new Uri("ftp://contoso.example/");

        // Act
        var error = Assert.Throws<DmcConfigurationException>(() => DataverseUrlFlag.Split(url));

        // Assert
        Assert.Contains("--dataverse-url", error.Message);
    }
}
