namespace Dynamics.Mailchimp.Cli.Configuration;

/// <summary>Counts the HTTP requests each service received in this run, retries included (<c>--json</c>'s <c>calls</c>).</summary>
public sealed class CallCounter
{
    private int _dataverse;
    private int _mailchimp;

    /// <summary>Gets the requests sent to Dataverse (a <c>$batch</c> is one).</summary>
    public int Dataverse => Volatile.Read(ref _dataverse);

    /// <summary>Gets the requests sent to Mailchimp.</summary>
    public int Mailchimp => Volatile.Read(ref _mailchimp);

    /// <summary>A handler that counts requests to Dataverse; the innermost handler, so each retry counts.</summary>
    public DelegatingHandler DataverseHandler() => new CountingHandler(() => Interlocked.Increment(ref _dataverse));

    /// <summary>A handler that counts requests to Mailchimp; the innermost handler, so each retry counts.</summary>
    public DelegatingHandler MailchimpHandler() => new CountingHandler(() => Interlocked.Increment(ref _mailchimp));

    private sealed class CountingHandler(Action count) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            count();
            return base.SendAsync(request, cancellationToken);
        }
    }
}
