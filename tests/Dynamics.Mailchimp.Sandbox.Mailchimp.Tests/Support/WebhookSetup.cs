using System.Text.Json.Nodes;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Tests.Support;

/// <summary>Registers webhooks on the test sandbox through the API.</summary>
internal static class WebhookSetup
{
    public const string Webhooks = $"lists/{TestSandbox.ListId}/webhooks";

    /// <summary>Registers <paramref name="receiver"/> with every event and the given sources, and fails the test if refused.</summary>
    public static async Task<string> RegisterAsync(this TestSandbox sut, WebhookReceiver receiver, bool user = true, bool admin = true, bool api = false)
    {
        var body = new JsonObject
        {
            ["url"] = receiver.Url.AbsoluteUri,
            ["events"] = new JsonObject { ["subscribe"] = true, ["unsubscribe"] = true, ["profile"] = true, ["cleaned"] = true, ["upemail"] = true, ["campaign"] = true },
            ["sources"] = new JsonObject { ["user"] = user, ["admin"] = admin, ["api"] = api },
        };
        var (response, created) = await sut.SendAsync(HttpMethod.Post, Webhooks, body);
        Assert.True(response.IsSuccessStatusCode, $"Registering the webhook failed: {created}");
        return created!["id"]!.GetValue<string>();
    }
}
