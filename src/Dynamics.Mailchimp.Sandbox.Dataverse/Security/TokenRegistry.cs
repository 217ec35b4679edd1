using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Dynamics.Mailchimp.Sandbox.Dataverse.Protocol;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Security;

/// <summary>Static bearer tokens and the users they stand for. Comparison is constant-time; tokens never appear in messages.</summary>
internal sealed class TokenRegistry
{
    private readonly List<(byte[] Token, WebApiCaller Caller)> _tokens = [];

    public void Add(string token, WebApiCaller caller) => _tokens.Add((Encoding.UTF8.GetBytes(token), caller));

    /// <summary>The caller for an <c>Authorization</c> header value, or null when it is missing, not Bearer, or unknown.</summary>
    public WebApiCaller? Authenticate(string? authorization)
    {
        const string scheme = "Bearer ";
        if (authorization is null || !authorization.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var presented = Encoding.UTF8.GetBytes(authorization[scheme.Length..].Trim());
        return _tokens.FirstOrDefault(t => CryptographicOperations.FixedTimeEquals(t.Token, presented)).Caller;
    }

    /// <summary>A new random token (URL-safe, 256 bits).</summary>
    public static string NewToken() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
}
