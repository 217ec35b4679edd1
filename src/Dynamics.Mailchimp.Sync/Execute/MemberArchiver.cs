using System.Net;
using Dynamics.Mailchimp.MailchimpApi;
using Dynamics.Mailchimp.MailchimpApi.Errors;
using Dynamics.Mailchimp.MailchimpApi.Models.Members;

namespace Dynamics.Mailchimp.Sync.Execute;

/// <summary>
/// Archives, last: <c>DELETE …/members/{hash}</c>, one call per member (Mailchimp has no bulk archive), at most ten at
/// a time. A member that is already archived answers 405 Method Not Allowed ("This list member cannot be removed…",
/// amro/gibbon#320; shared/reference/mailchimp.md [M46]) and one not on the list 404: both are done.
/// </summary>
internal sealed class MemberArchiver(IMailchimpClient client)
{
    public Task ArchiveAsync(string audienceId, IReadOnlyList<PlanProgress> plans, CancellationToken cancellationToken) =>
        CallFanOut.ForEachAsync(plans, (progress, token) => ArchiveOneAsync(audienceId, progress, token), cancellationToken);

    private async Task ArchiveOneAsync(string audienceId, PlanProgress progress, CancellationToken cancellationToken)
    {
        try
        {
            await client.ArchiveMemberAsync(audienceId, progress.Address, cancellationToken).ConfigureAwait(false);
            progress.Status = MemberStatus.Archived;
        }
        catch (MailchimpApiException exception) when (exception.StatusCode == HttpStatusCode.MethodNotAllowed)
        {
            progress.Status = null;
            progress.Note(ExecuteMessages.NotRemovable(ExecuteMessages.Describe(exception)));
        }
        catch (MailchimpApiException exception) when (exception.IsNotFound)
        {
            progress.Status = null;
            progress.Note(ExecuteMessages.NotAMember);
        }
        catch (MailchimpApiException exception) when (!MemberRefusals.IsServiceWide(exception))
        {
            progress.Fail(ExecuteMessages.ArchiveFailed(progress.Address, audienceId, ExecuteMessages.Describe(exception)));
        }
        catch (MailchimpTimeoutException exception)
        {
            progress.Fail(ExecuteMessages.ArchiveFailed(progress.Address, audienceId, exception.Message));
        }
    }
}
