using Dynamics.Mailchimp.MailchimpApi;
using Dynamics.Mailchimp.MailchimpApi.Errors;
using Dynamics.Mailchimp.Sync.Execute;

namespace Dynamics.Mailchimp.Sync.Forget;

/// <summary>
/// The Mailchimp side of an erasure: <c>POST /lists/{id}/members/{hash}/actions/delete-permanent</c> in each audience
/// (204; it erases the member's personal data and Mailchimp refuses to re-import the address, shared/reference/mailchimp.md
/// §4 [M41][M51]). An address that is not a member answers 404 Resource Not Found, as a member call on a list without the
/// address does in recorded traffic (https://github.com/amro/gibbon/issues/269) and as a member does after its
/// delete-permanent ([M51], https://github.com/nztim/mailchimp/issues/31); it is reported as such, so a second run
/// changes nothing. A dry run reads the member instead. One call per audience, one after the other; a refused key
/// stops the run (thrown), any other failure is that audience's item, its text scrubbed of the address.
/// </summary>
/// <param name="client">The Mailchimp client.</param>
public sealed class MailchimpEraser(IMailchimpClient client)
{
    /// <summary>Erases the address in every audience, or (dry run) says where it is a member.</summary>
    /// <param name="address">The address.</param>
    /// <param name="audienceIds">The audiences the connector maps.</param>
    /// <param name="dryRun">Read only.</param>
    /// <param name="cancellationToken">Cancels the calls.</param>
    /// <returns>One item per audience.</returns>
    public async Task<IReadOnlyList<ForgetItem>> EraseAsync(ErasedAddress address, IReadOnlyList<string> audienceIds, bool dryRun, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(address);
        ArgumentNullException.ThrowIfNull(audienceIds);
        var items = new List<ForgetItem>();
        foreach (var audienceId in audienceIds)
        {
            items.Add(await EraseInAsync(address, audienceId, dryRun, cancellationToken).ConfigureAwait(false));
        }

        return items;
    }

    private async Task<ForgetItem> EraseInAsync(ErasedAddress address, string audienceId, bool dryRun, CancellationToken cancellationToken)
    {
        try
        {
            if (dryRun)
            {
                var member = await client.GetMemberAsync(audienceId, address.Address, cancellationToken).ConfigureAwait(false);
                return new ForgetItem(ForgetTarget.Audience, audienceId, member is null ? ForgetOutcome.NotAMember : ForgetOutcome.WouldChange);
            }

            await client.DeleteMemberPermanentlyAsync(audienceId, address.Address, cancellationToken).ConfigureAwait(false);
            return new ForgetItem(ForgetTarget.Audience, audienceId, ForgetOutcome.Erased);
        }
        catch (MailchimpApiException e) when (e.IsNotFound)
        {
            return new ForgetItem(ForgetTarget.Audience, audienceId, ForgetOutcome.NotAMember);
        }
        catch (MailchimpApiException e) when (!MemberRefusals.IsServiceWide(e))
        {
            return new ForgetItem(ForgetTarget.Audience, audienceId, ForgetOutcome.Failed, address.Scrub($"audience {audienceId}: Mailchimp answered {(int)e.StatusCode} {e.Title}: {e.Detail}"));
        }
    }
}
