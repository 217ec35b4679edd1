using Dynamics.Mailchimp.MailchimpApi;
using Dynamics.Mailchimp.MailchimpApi.Errors;

namespace Dynamics.Mailchimp.Sync.Execute;

/// <summary>
/// Email changes, before anything else: the member known by the previous address is renamed in place (<c>PATCH</c> on
/// the old hash with the new <c>email_address</c>), so it keeps its history. One call per rename: renames are rare.
/// </summary>
/// <remarks>
/// If the new address is already a member, Mailchimp answers 400 Member Exists ("… is already in this list with a status
/// of …", brandonseydel/MailChimp.Net#201; shared/reference/mailchimp.md [M49]): the plan fails naming both addresses.
/// If the old address is not a member (404), the plan falls through to the upsert, which creates the member unless it
/// is update-only.
/// </remarks>
internal sealed class EmailRenamer(IMailchimpClient client)
{
    /// <summary>Gets the plans whose email changed.</summary>
    public static IEnumerable<PlanProgress> Renames(IEnumerable<PlanProgress> plans) => plans.Where(p =>
        p.Plan.Upsert is { PreviousEmail: { } previous } upsert
        && !string.Equals(SubscriberHash.Normalize(previous), SubscriberHash.Normalize(upsert.Email), StringComparison.Ordinal));

    /// <summary>Renames; returns the plans whose member now exists under the new address.</summary>
    public async Task<IReadOnlySet<PlanProgress>> RenameAsync(string audienceId, IReadOnlyList<PlanProgress> plans, CancellationToken cancellationToken)
    {
        var renamed = new HashSet<PlanProgress>();
        await CallFanOut.ForEachAsync(Renames(plans).ToList(), async (progress, token) =>
        {
            if (await RenameOneAsync(audienceId, progress, token).ConfigureAwait(false))
            {
                lock (renamed)
                {
                    renamed.Add(progress);
                }
            }
        }, cancellationToken).ConfigureAwait(false);
        return renamed;
    }

    private async Task<bool> RenameOneAsync(string audienceId, PlanProgress progress, CancellationToken cancellationToken)
    {
        var upsert = progress.Plan.Upsert!;
        var previous = upsert.PreviousEmail!;

        // Until the rename succeeds (or finds nothing to rename), Mailchimp holds the member by the old address.
        progress.Address = previous;
        try
        {
            var member = await client.ChangeMemberEmailAsync(audienceId, previous, upsert.Email, cancellationToken).ConfigureAwait(false);
            progress.Address = upsert.Email;
            progress.Status = member.Status;
            return true;
        }
        catch (MailchimpApiException exception) when (exception.IsNotFound)
        {
            progress.Address = upsert.Email;
            progress.Note(ExecuteMessages.RenameFellThrough(previous));
            return false;
        }
        catch (MailchimpApiException exception) when (exception.IsMemberExists)
        {
            progress.Fail(ExecuteMessages.RenameTaken(previous, upsert.Email, audienceId, ExecuteMessages.Describe(exception)));
            return false;
        }
        catch (MailchimpApiException exception) when (!MemberRefusals.IsServiceWide(exception))
        {
            progress.Fail(ExecuteMessages.RenameRefused(previous, upsert.Email, audienceId, ExecuteMessages.Describe(exception)));
            return false;
        }
    }
}
