using System.Net;
using Dynamics.Mailchimp.Sandbox.Dataverse.Tests.Support;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Tests.Hosting;

/// <summary>
/// A GET URL may be 32 KB long (shared/reference/dataverse.md, S26:
/// https://learn.microsoft.com/power-apps/developer/data-platform/webapi/compose-http-requests-handle-errors), not
/// Kestrel's default 8 KB; beyond it the request is refused with 414.
/// </summary>
public sealed class RequestLineLimitTests
{
    private static string FetchUrl(int ids)
    {
        var values = string.Concat(Enumerable.Range(0, ids).Select(_ => $"<value>{Guid.NewGuid():D}</value>"));
        var fetch = $"""<fetch><entity name="contact"><attribute name="contactid" /><filter><condition attribute="contactid" operator="in">{values}</condition></filter></entity></fetch>""";
        return "contacts?fetchXml=" + Uri.EscapeDataString(fetch);
    }

    [Fact]
    public async Task Get_UrlOf20Kilobytes_IsServed()
    {
        // Arrange
        await using var sandbox = await Sandboxes.StartAsync();
        using var client = sandbox.CreateClient(sandbox.Tokens.ConnectorToken);
        var url = FetchUrl(300);

        // Act
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        // Assert
        Assert.InRange(url.Length, 16 * 1024, 31 * 1024);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Get_UrlOver32Kilobytes_Is414()
    {
        // Arrange
        await using var sandbox = await Sandboxes.StartAsync();
        using var client = sandbox.CreateClient(sandbox.Tokens.ConnectorToken);
        var url = FetchUrl(600);

        // Act
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));

        // Assert
        Assert.True(url.Length > 33 * 1024, $"the URL is {url.Length} characters");
        Assert.Equal(HttpStatusCode.RequestUriTooLong, response.StatusCode);
    }
}
