namespace Dynamics.Mailchimp.Packer.Tests;

public sealed class PackCommandLineTests
{
    [Fact]
    public void Parse_VerbOnly_UsesTheRepositoryLayoutUnderTheCurrentFolder()
    {
        // Arrange
        var root = Path.Combine(Path.GetTempPath(), "repo");

        // Act
        var request = PackCommandLine.Parse(["pack"], root, out var error);

        // Assert
        Assert.Null(error);
        Assert.Equal(new PackRequest(
            Path.Combine(root, "solution", "src"),
            Path.Combine(root, "PluginRegistration", "plugin-steps.json"),
            Path.Combine(root, "src", "Dynamics.Mailchimp.Plugins", "bin", "Release", "net462", "Dynamics.Mailchimp.Plugins.dll"),
            Path.Combine(root, "artifacts", "solution")), request);
    }

    [Fact]
    public void Parse_AllOptions_AreTaken()
    {
        // Arrange
        var current = Path.Combine(Path.GetTempPath(), "here");

        // Act
        var request = PackCommandLine.Parse(["pack", "--root", "r", "--assembly", "a.dll", "--out", "o", "--version", "2.0.0.1", "--allow-facade"], current, out _);

        // Assert
        Assert.NotNull(request);
        Assert.Equal(Path.Combine(current, "r", "solution", "src"), request.SolutionFolder);
        Assert.Equal(Path.Combine(current, "a.dll"), request.PluginAssembly);
        Assert.Equal(Path.Combine(current, "o"), request.OutputFolder);
        Assert.Equal("2.0.0.1", request.Version);
        Assert.True(request.AllowFacade);
    }

    [Theory]
    [InlineData("pack", "--bogus")]
    [InlineData("pack", "--out")]
    [InlineData("unpack")]
    public void Parse_UnknownVerbOrOption_ReturnsNullWithTheError(params string[] args)
    {
        // Arrange
        var current = Path.GetTempPath();

        // Act
        var request = PackCommandLine.Parse(args, current, out var error);

        // Assert
        Assert.Null(request);
        Assert.False(string.IsNullOrEmpty(error));
    }
}
