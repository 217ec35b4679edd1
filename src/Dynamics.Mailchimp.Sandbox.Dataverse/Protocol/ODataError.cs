using System.Text.Json.Nodes;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Protocol;

/// <summary>Builds the Web API error body <c>{"error":{"code":"0x…","message":"…"}}</c>.</summary>
internal static class ODataError
{
    public static JsonObject Body(string code, string message) =>
        new() { ["error"] = new JsonObject { ["code"] = code, ["message"] = message } };

    public static WebApiResponse Response(int statusCode, string code, string message) => new(statusCode, Body(code, message));
}
