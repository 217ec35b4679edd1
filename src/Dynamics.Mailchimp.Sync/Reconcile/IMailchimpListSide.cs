using Dynamics.Mailchimp.Sync.Model;

namespace Dynamics.Mailchimp.Sync.Reconcile;

/// <summary>Reads a list's Mailchimp side: the tag's members, the interest's members, or the audience's members.</summary>
public interface IMailchimpListSide
{
    /// <summary>
    /// Every member on <paramref name="list"/>'s side in Mailchimp, of any status but archived, a page of 1,000 a call;
    /// empty when the tag does not exist yet.
    /// </summary>
    /// <param name="list">The list (its audience and target).</param>
    /// <param name="mergeTags">The merge fields to read with each member, or <see langword="null"/> to read none.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>The side.</returns>
    Task<MailchimpSide> ReadAsync(ListMapping list, IReadOnlyCollection<string>? mergeTags, CancellationToken cancellationToken);
}
