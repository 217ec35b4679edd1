using System.Text.Encodings.Web;
using System.Text.Json;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Http;

/// <summary>Serializer settings for response bodies: apostrophes and non-ASCII characters are written as they are, as Mailchimp does.</summary>
internal static class WireJson
{
    public static JsonSerializerOptions Options { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
