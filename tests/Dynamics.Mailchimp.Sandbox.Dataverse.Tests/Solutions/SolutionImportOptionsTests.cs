using System.ComponentModel.DataAnnotations;
using Dynamics.Mailchimp.Sandbox.Dataverse.Tests.Support;
using Dynamics.Mailchimp.Sandbox.Xrm.Organization;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Tests.Solutions;

/// <summary><see cref="DataverseSandboxOptions.Solution"/> is checked at start, before anything listens.</summary>
public sealed class SolutionImportOptionsTests
{
    [Fact]
    public async Task StartAsync_SolutionZipMissing_ThrowsValidationExceptionNamingIt()
    {
        // Arrange
        var zip = Path.Combine(Path.GetTempPath(), $"dmc-missing-{Guid.NewGuid():N}.zip");

        // Act
        var failure = await Record.ExceptionAsync(() => Sandboxes.StartAsync(new DataverseSandboxOptions { Solution = zip }));

        // Assert
        var validation = Assert.IsType<ValidationException>(failure);
        Assert.Contains(zip, validation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_SolutionAndOrganizationBothSet_ThrowsValidationException()
    {
        // Arrange
        var zip = Path.GetTempFileName();
        try
        {
            var options = new DataverseSandboxOptions { Solution = zip, Organization = new InMemoryOrganization() };

            // Act
            var failure = await Record.ExceptionAsync(() => Sandboxes.StartAsync(options));

            // Assert
            var validation = Assert.IsType<ValidationException>(failure);
            Assert.Contains(nameof(DataverseSandboxOptions.Organization), validation.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(zip);
        }
    }
}
