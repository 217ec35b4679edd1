using Azure.Core;

namespace Dynamics.Mailchimp.Dataverse.Authentication;

/// <summary>A <see cref="TokenCredential"/> that always returns one fixed bearer token (local sandbox only).</summary>
public sealed class StaticTokenCredential : TokenCredential
{
    private readonly string _token;

    /// <summary>Creates the credential.</summary>
    /// <param name="token">The bearer token.</param>
    public StaticTokenCredential(string token)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(token);
        _token = token;
    }

    /// <inheritdoc />
    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        new(_token, DateTimeOffset.MaxValue);

    /// <inheritdoc />
    public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        ValueTask.FromResult(GetToken(requestContext, cancellationToken));

    /// <summary>Never shows the token.</summary>
    /// <returns>The type name.</returns>
    public override string ToString() => nameof(StaticTokenCredential);
}
