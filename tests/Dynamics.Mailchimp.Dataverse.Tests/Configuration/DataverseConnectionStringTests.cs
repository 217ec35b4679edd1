using Dynamics.Mailchimp.Dataverse.Configuration;

namespace Dynamics.Mailchimp.Dataverse.Tests.Configuration;

public sealed class DataverseConnectionStringTests
{
    private const string Secret = "Sx8~Q_very.secret-value";
    private const string TenantId = "11111111-2222-3333-4444-555555555555";
    private const string ClientId = "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee";

    [Fact]
    public void Parse_ClientSecret_FillsOptions()
    {
        // Arrange
        var text = $"AuthType=ClientSecret;Url=https://contoso.crm.dynamics.com;ClientId={ClientId};ClientSecret={Secret};TenantId={TenantId}";

        // Act
        var options = DataverseConnectionString.Parse(text);

        // Assert
        Assert.Equal(DataverseAuthType.ClientSecret, options.AuthType);
        Assert.Equal(new Uri("https://contoso.crm.dynamics.com"), options.EnvironmentUrl);
        Assert.Equal(ClientId, options.ClientId);
        Assert.Equal(Secret, options.ClientSecret);
        Assert.Equal(TenantId, options.TenantId);
    }

    [Fact]
    public void Parse_ServiceClientAliasesAndQuotedValue_AreAccepted()
    {
        // Arrange: "Service Uri", "AppId" and "Secret" are the ServiceClient spellings; the quoted secret contains ';'.
        var text = $"AuthType=ClientSecret; Service Uri=https://contoso.crm4.dynamics.com; AppId={ClientId}; Secret='ab;cd'; TenantId={TenantId}; RequireNewInstance=true";

        // Act
        var options = DataverseConnectionString.Parse(text);

        // Assert
        Assert.Equal("ab;cd", options.ClientSecret);
        Assert.Equal(ClientId, options.ClientId);
        Assert.Equal("contoso.crm4.dynamics.com", options.EnvironmentUrl!.Host);
    }

    [Fact]
    public void Parse_CertificateThumbprint_FillsOptions()
    {
        // Arrange
        var text = $"AuthType=Certificate;Url=https://contoso.crm.dynamics.com;ClientId={ClientId};TenantId={TenantId};Thumbprint=0123456789ABCDEF";

        // Act
        var options = DataverseConnectionString.Parse(text);

        // Assert
        Assert.Equal(DataverseAuthType.Certificate, options.AuthType);
        Assert.Equal("0123456789ABCDEF", options.CertificateThumbprint);
    }

    [Fact]
    public void Parse_CertificateFile_FillsPathAndPassword()
    {
        // Arrange
        var text = $"AuthType=Certificate;Url=https://contoso.crm.dynamics.com;ClientId={ClientId};TenantId={TenantId};CertificatePath=/etc/dmc/app.pfx;CertificatePassword={Secret}";

        // Act
        var options = DataverseConnectionString.Parse(text);

        // Assert
        Assert.Equal("/etc/dmc/app.pfx", options.CertificatePath);
        Assert.Equal(Secret, options.CertificatePassword);
    }

    [Theory]
    [InlineData("AuthType=StaticToken;Url=http://127.0.0.1:5080;Token=abc", DataverseAuthType.StaticToken)]
    [InlineData("AuthType=ManagedIdentity;Url=https://contoso.crm.dynamics.com", DataverseAuthType.ManagedIdentity)]
    [InlineData("AuthType=Default;Url=https://contoso.crm.dynamics.com", DataverseAuthType.Default)]
    public void Parse_OtherAuthTypes_AreRecognised(string text, DataverseAuthType expected)
    {
        // Act
        var options = DataverseConnectionString.Parse(text);

        // Assert
        Assert.Equal(expected, options.AuthType);
    }

    [Theory]
    [InlineData($"Url=https://contoso.crm.dynamics.com;ClientSecret={Secret}", "no AuthType")]
    [InlineData($"AuthType=OAuth;Url=https://contoso.crm.dynamics.com;Password={Secret}", "not supported")]
    [InlineData($"AuthType=ClientSecret;ClientSecret={Secret}", "no Url")]
    [InlineData($"AuthType=ClientSecret;Url=http://contoso.crm.dynamics.com;ClientSecret={Secret};ClientId=x;TenantId=y", "https")]
    [InlineData($"AuthType=ClientSecret;Url=https://contoso.crm.dynamics.com;ClientSecret={Secret};ClientId=x", "TenantId")]
    [InlineData($"AuthType=ClientSecret;Url=https://contoso.crm.dynamics.com;ClientSecret='{Secret}", "malformed")]
    [InlineData($"AuthType=ClientSecret;Url=https://contoso.crm.dynamics.com;ClientSecret=Sx8~Q;very.secret=value;ClientId=x;TenantId=y", "unknown key")]
    [InlineData("", "empty")]
    public void Parse_Malformed_ThrowsClearErrorWithoutSecret(string text, string expectedFragment)
    {
        // Act
        var error = Assert.Throws<DataverseConnectionStringException>(() => DataverseConnectionString.Parse(text));

        // Assert
        Assert.Contains(expectedFragment, error.ToString(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("secret-value", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("very.secret", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ResultToString_RedactsSecret()
    {
        // Arrange
        var options = DataverseConnectionString.Parse(
            $"AuthType=ClientSecret;Url=https://contoso.crm.dynamics.com;ClientId={ClientId};ClientSecret={Secret};TenantId={TenantId}");

        // Act
        var text = options.ToString();

        // Assert
        Assert.DoesNotContain(Secret, text, StringComparison.Ordinal);
        Assert.Contains("ClientSecret = ***", text, StringComparison.Ordinal);
        Assert.Contains(ClientId, text, StringComparison.Ordinal);
    }
}
