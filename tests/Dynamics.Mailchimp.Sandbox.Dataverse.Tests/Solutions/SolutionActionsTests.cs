using System.Net;
using Dynamics.Mailchimp.Sandbox.Dataverse.Tests.Support;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Tests.Solutions;

/// <summary>
/// Dataverse's solution-import actions are not served: the sandbox builds its organization from a zip at start. They
/// answer 501 naming the option to use, not 404 as for a name Dataverse does not have.
/// Conformance: the body carries ImportSolution's documented parameters (OverwriteUnmanagedCustomizations, PublishWorkflows,
/// CustomizationFile, ImportJobId; https://learn.microsoft.com/dynamics365/customer-engagement/web-api/importsolution).
/// </summary>
public sealed class SolutionActionsTests
{
    [Theory]
    [InlineData("ImportSolution")]
    [InlineData("ImportSolutionAsync")]
    public async Task Post_SolutionImportAction_Returns501NamingTheStartOption(string action)
    {
        // Arrange
        await using var sandbox = await Sandboxes.StartAsync();
        using var client = sandbox.CreateClient(sandbox.Tokens.AdminToken);
        var body = $$"""{"OverwriteUnmanagedCustomizations":false,"PublishWorkflows":true,"CustomizationFile":"UEsDBA==","ImportJobId":"{{Guid.NewGuid()}}"}""";

        // Act
        using var response = await client.PostAsync(action, WebApiClient.Json(body));
        var error = WebApiClient.ErrorMessage(await WebApiClient.ReadJsonAsync(response));

        // Assert
        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
        Assert.StartsWith($"The action '{action}'", error, StringComparison.Ordinal);
        Assert.Contains("--solution", error, StringComparison.Ordinal);
    }
}
