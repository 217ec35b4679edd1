using Dynamics.Mailchimp.MailchimpApi.Models.Lists;
using Dynamics.Mailchimp.MailchimpApi.Models.Ping;

namespace Dynamics.Mailchimp.MailchimpApi;

/// <summary>
/// The typed Mailchimp Marketing API v3 client the sync engine depends on. Register it with
/// <c>AddMailchimpClient</c>. Failed calls throw <see cref="Errors.MailchimpApiException"/> (or
/// <see cref="Errors.MailchimpTimeoutException"/> when out of time); batch operations
/// return per-item results; paged reads stream with <see cref="IAsyncEnumerable{T}"/>, fetching a page only when
/// the previous one has been consumed.
/// </summary>
public partial interface IMailchimpClient
{
    /// <summary>Checks the API and the credentials (<c>GET /ping</c>).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The health status.</returns>
    Task<PingResponse> PingAsync(CancellationToken cancellationToken = default);

    /// <summary>Streams the audiences (<c>GET /lists</c>).</summary>
    /// <param name="cancellationToken">Cancels the enumeration.</param>
    /// <returns>The audiences.</returns>
    IAsyncEnumerable<MailchimpList> GetListsAsync(CancellationToken cancellationToken = default);

    /// <summary>Gets one audience (<c>GET /lists/{id}</c>).</summary>
    /// <param name="listId">The list id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The audience, or <see langword="null"/> when Mailchimp answers 404.</returns>
    Task<MailchimpList?> GetListAsync(string listId, CancellationToken cancellationToken = default);
}
