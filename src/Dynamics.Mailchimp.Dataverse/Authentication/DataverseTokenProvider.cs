using Azure.Core;
using Dynamics.Mailchimp.Dataverse.Errors;
using Microsoft.Extensions.Logging;

namespace Dynamics.Mailchimp.Dataverse.Authentication;

/// <summary>
/// Caches the bearer token for one environment and refreshes it shortly before it expires.
/// Singleton: it outlives the HTTP handlers that the client factory recycles. Tokens are never logged.
/// </summary>
internal sealed partial class DataverseTokenProvider : IDisposable
{
    private readonly TokenCredential _credential;
    private readonly TokenRequestContext _context;
    private readonly TimeProvider _time;
    private readonly DataverseClientOptions _options;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private CachedToken? _cached;

    public DataverseTokenProvider(TokenCredential credential, DataverseClientOptions options, TimeProvider time, ILogger<DataverseTokenProvider> logger)
    {
        _credential = credential;
        _options = options;
        _context = new TokenRequestContext([options.GetScope()]);
        _time = time;
        _logger = logger;
    }

    /// <summary>Returns a valid token, asking the credential only when the cached one is missing or about to expire.</summary>
    public async ValueTask<string> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (TryGetFresh(out var token))
        {
            return token;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (TryGetFresh(out token))
            {
                return token;
            }

            AccessToken acquired;
            try
            {
                acquired = await _credential.GetTokenAsync(_context, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                throw new DataverseTokenAcquisitionException(_options, ex);
            }

            Volatile.Write(ref _cached, new CachedToken(acquired));
            LogTokenAcquired(_logger, _context.Scopes[0], acquired.ExpiresOn);
            return acquired.Token;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Drops the cached token if it is the one the service rejected (401).</summary>
    public void Invalidate(string rejectedToken)
    {
        var cached = Volatile.Read(ref _cached);
        if (cached is not null && string.Equals(cached.Value.Token, rejectedToken, StringComparison.Ordinal))
        {
            Interlocked.CompareExchange(ref _cached, null, cached);
        }
    }

    public void Dispose() => _gate.Dispose();

    private bool TryGetFresh(out string token)
    {
        var now = _time.GetUtcNow();
        if (Volatile.Read(ref _cached)?.Value is { } cached
            && cached.ExpiresOn - DataverseConstants.TokenRefreshMargin > now
            && (cached.RefreshOn is null || cached.RefreshOn > now))
        {
            token = cached.Token;
            return true;
        }

        token = string.Empty;
        return false;
    }

    /// <summary>Reference wrapper so the cached token is swapped atomically (a struct could be read torn).</summary>
    private sealed record CachedToken(AccessToken Value);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Acquired a Dataverse access token for scope {Scope}, expiring {ExpiresOn}.")]
    private static partial void LogTokenAcquired(ILogger logger, string scope, DateTimeOffset expiresOn);
}
