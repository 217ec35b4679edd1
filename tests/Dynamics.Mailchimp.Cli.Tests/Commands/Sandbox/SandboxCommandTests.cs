using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Dynamics.Mailchimp.Cli.Commands.Sandbox;
using Dynamics.Mailchimp.Cli.Tests.Support;
using Dynamics.Mailchimp.Packer;
using Dynamics.Mailchimp.Packer.Tests.Support;

namespace Dynamics.Mailchimp.Cli.Tests.Commands.Sandbox;

/// <summary>The README's <c>sandbox</c> command: both base URLs printed, each answering a plain HTTP request as documented.</summary>
public sealed class SandboxCommandTests
{
    [Fact]
    public async Task Sandbox_Started_PrintsBothUrlsThatAnswerAndStopsOnCancel()
    {
        // Arrange
        var (console, output) = TestConsole.Create();
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var run = DmcCli.CreateRoot(console).Parse(["sandbox"]).InvokeAsync(cancellationToken: stop.Token);
        var banner = await WaitForBannerAsync(output, run);
        var dataverse = Value(banner, SandboxBanner.DataverseLabel);
        var mailchimp = Value(banner, SandboxBanner.MailchimpLabel);
        var adminToken = Value(banner, "admin token:");
        var apiKey = Value(banner, "API key:");
        using var http = new HttpClient();

        // Act
        using var whoAmI = await Get(http, dataverse + "WhoAmI", new AuthenticationHeaderValue("Bearer", adminToken));
        using var noToken = await Get(http, dataverse + "contacts?$select=fullname", null);
        using var ping = await Get(http, mailchimp + "ping", new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("any:" + apiKey))));
        using var noKey = await Get(http, mailchimp + "lists", null);
        await stop.CancelAsync();
        var exit = await run;

        // Assert
        Assert.Matches(@"^http://127\.0\.0\.1:\d+/api/data/v9\.2/$", dataverse);
        Assert.Matches(@"^http://127\.0\.0\.1:\d+/3\.0/$", mailchimp);
        Assert.Equal(HttpStatusCode.OK, whoAmI.StatusCode);
        Assert.True(Guid.TryParse(Json(whoAmI).GetProperty("UserId").GetString(), out _));
        Assert.Equal(HttpStatusCode.Unauthorized, noToken.StatusCode);
        Assert.True(Json(noToken).TryGetProperty("error", out _));
        Assert.Equal(HttpStatusCode.OK, ping.StatusCode);
        Assert.Equal("Everything's Chimpy!", Json(ping).GetProperty("health_status").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, noKey.StatusCode);
        Assert.Equal("application/problem+json", noKey.Content.Headers.ContentType?.MediaType);
        Assert.Equal(0, exit);
        Assert.Contains("Stopping the sandbox.", output.ToString());
    }

    [Fact]
    public async Task Sandbox_SolutionZip_BannerNamesTheZipAndEachStepLeftOut()
    {
        // Arrange: the repository packed by the real packer (facade build, --allow-facade).
        using var folder = new TempFolder();
        var packed = SolutionPacker.Pack(PackedRepository.Request(folder.Path));
        var (console, output) = TestConsole.Create();
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(60));

        // Act
        var run = DmcCli.CreateRoot(console).Parse(["sandbox", "--solution", packed.ManagedZip]).InvokeAsync(cancellationToken: stop.Token);
        var banner = await WaitForBannerAsync(output, run);
        await stop.CancelAsync();
        var exit = await run;

        // Assert
        Assert.Equal(0, exit);
        Assert.Contains($"{SandboxSolutionLines.SolutionLabel} DynamicsMailchimp ", banner, StringComparison.Ordinal);
        Assert.Contains($"(managed) from {packed.ManagedZip}", banner, StringComparison.Ordinal);
        Assert.Equal(packed.Warnings.Count, Regex.Matches(banner, "^" + Regex.Escape(SandboxSolutionLines.UnregisteredLabel), RegexOptions.Multiline).Count);
    }

    private static async Task<string> WaitForBannerAsync(ConcurrentStringWriter output, Task<int> run)
    {
        for (var attempt = 0; attempt < 300 && !output.ToString().Contains("Press Ctrl+C to stop.", StringComparison.Ordinal); attempt++)
        {
            Assert.False(run.IsCompleted, "The sandbox command ended before printing its banner:\n" + output);
            await Task.Delay(100);
        }

        return output.ToString();
    }

    private static string Value(string banner, string label)
    {
        var match = Regex.Match(banner, "^\\s*" + Regex.Escape(label) + "\\s+(\\S+)", RegexOptions.Multiline);
        Assert.True(match.Success, $"'{label}' not printed:\n{banner}");
        return match.Groups[1].Value;
    }

    private static async Task<HttpResponseMessage> Get(HttpClient http, string url, AuthenticationHeaderValue? auth)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Authorization = auth;
        var response = await http.SendAsync(request);
        await response.Content.LoadIntoBufferAsync();
        return response;
    }

    private static JsonElement Json(HttpResponseMessage response) =>
        JsonDocument.Parse(response.Content.ReadAsStringAsync().GetAwaiter().GetResult()).RootElement;
}
