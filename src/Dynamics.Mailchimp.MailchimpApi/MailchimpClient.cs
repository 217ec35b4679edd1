using Dynamics.Mailchimp.MailchimpApi.Configuration;
using Dynamics.Mailchimp.MailchimpApi.Http;
using Dynamics.Mailchimp.MailchimpApi.Models.Lists;
using Dynamics.Mailchimp.MailchimpApi.Models.Ping;
using Dynamics.Mailchimp.MailchimpApi.Serialization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Dynamics.Mailchimp.MailchimpApi;

/// <summary>
/// The <see cref="IMailchimpClient"/> implementation over a typed <see cref="HttpClient"/> whose handler chain
/// (set up by <c>AddMailchimpClient</c>) adds authentication, retries, the per-account connection cap and timeouts.
/// </summary>
internal sealed partial class MailchimpClient : IMailchimpClient
{
    private readonly HttpClient http;
    private readonly MailchimpClientOptions options;
    private readonly ILogger<MailchimpClient> logger;

    public MailchimpClient(HttpClient http, IOptions<MailchimpClientOptions> options, ILogger<MailchimpClient> logger)
    {
        this.http = http;
        this.options = options.Value;
        this.logger = logger;
    }

    public Task<PingResponse> PingAsync(CancellationToken cancellationToken = default) =>
        GetAsync(MailchimpPaths.Ping, MailchimpJsonContext.Default.PingResponse, cancellationToken);

    public IAsyncEnumerable<MailchimpList> GetListsAsync(CancellationToken cancellationToken = default) =>
        ReadPagesAsync(
            MailchimpPaths.Lists,
            MailchimpJsonContext.Default.ListCollection,
            page => page.Lists,
            page => page.TotalItems,
            cancellationToken);

    public Task<MailchimpList?> GetListAsync(string listId, CancellationToken cancellationToken = default) =>
        GetOrNullAsync(MailchimpPaths.List(listId), MailchimpJsonContext.Default.MailchimpList, cancellationToken);
}
