using Dynamics.Mailchimp.Solution.Registration;
using Dynamics.Mailchimp.Packer.Assembly;
using Dynamics.Mailchimp.Packer.Tests.Support;

namespace Dynamics.Mailchimp.Packer.Tests.Assembly;

public sealed class PluginAssemblyInspectorTests
{
    [Fact]
    public void Inspect_FacadeBuild_ReportsTheFacadeReferenceIdentityAndPluginTypes()
    {
        // Arrange
        var path = RepositoryFiles.FacadePluginAssembly;

        // Act
        var info = PluginAssemblyInspector.Inspect(path);

        // Assert
        Assert.Contains(SdkAssemblyNames.Facade, info.References);
        Assert.DoesNotContain(SdkAssemblyNames.Official, info.References);
        Assert.Equal("Dynamics.Mailchimp.Plugins", info.Name);
        Assert.StartsWith("Dynamics.Mailchimp.Plugins, Version=1.0.0.0, Culture=neutral, PublicKeyToken=", info.FullName, StringComparison.Ordinal);
        Assert.Contains("Dynamics.Mailchimp.Plugins.MemberCreatedPlugin", info.TypeNames);
    }

    [Fact]
    public void EnsureImportable_FacadeBuildWithAllowFacade_DoesNotThrow()
    {
        // Arrange
        var path = RepositoryFiles.FacadePluginAssembly;
        var info = PluginAssemblyInspector.Inspect(path);

        // Act
        var ex = Record.Exception(() => PluginAssemblyInspector.EnsureImportable(info, path, allowFacade: true));

        // Assert
        Assert.Null(ex);
    }

    [Fact]
    public void Inspect_NotAnAssembly_ThrowsPackSourceExceptionNamingTheFile()
    {
        // Arrange
        using var folder = new TempFolder();
        var path = folder.Combine("plugins.dll");
        File.WriteAllText(path, "not a PE file");

        // Act
        var ex = Assert.Throws<PackSourceException>(() => PluginAssemblyInspector.Inspect(path));

        // Assert
        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
    }
}
