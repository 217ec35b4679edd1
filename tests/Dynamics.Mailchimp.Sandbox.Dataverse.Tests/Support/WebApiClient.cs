using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Tests.Support;

/// <summary>Small helpers for talking to the sandbox over real HTTP.</summary>
internal static class WebApiClient
{
    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    public static async Task<JsonObject> ReadJsonAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return JsonNode.Parse(text)!.AsObject();
    }

    public static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string url, string? json = null, params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(method, url);
        if (json is not null)
        {
            request.Content = Json(json);
        }

        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return await client.SendAsync(request);
    }

    public static async Task<Guid> CreateAsync(HttpClient client, string entitySet, string json)
    {
        using var response = await client.PostAsync(entitySet, Json(json));
        response.EnsureSuccessStatusCode();
        var entityId = response.Headers.GetValues("OData-EntityId").Single();
        return Guid.Parse(entityId[(entityId.LastIndexOf('(') + 1)..^1]);
    }

    public static string ErrorCode(JsonObject body) => body["error"]!["code"]!.GetValue<string>();

    public static string ErrorMessage(JsonObject body) => body["error"]!["message"]!.GetValue<string>();

    public static MediaTypeHeaderValue Multipart(string boundary) => MediaTypeHeaderValue.Parse($"multipart/mixed; boundary={boundary}");
}
