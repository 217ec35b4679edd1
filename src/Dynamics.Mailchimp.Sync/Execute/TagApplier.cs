using Dynamics.Mailchimp.MailchimpApi;
using Dynamics.Mailchimp.MailchimpApi.Errors;
using Dynamics.Mailchimp.MailchimpApi.Models.Tags;

namespace Dynamics.Mailchimp.Sync.Execute;

/// <summary>
/// Tags, after the upserts (a new member must exist first): one <c>UpdateTagMembersAsync</c> per tag and audience, which
/// finds or creates the tag's static segment once and sends at most 500 adds and 500 removes per call. The tags of an
/// audience go in parallel within the client's connection cap.
/// </summary>
/// <remarks>
/// An address Mailchimp reports neither as changed nor as an error already had the tag (or did not) or is not on the
/// list; the segment endpoint ignores such addresses as documented, so it counts as done: a replay converges.
/// </remarks>
internal sealed class TagApplier(IMailchimpClient client)
{
    public async Task ApplyAsync(string audienceId, IReadOnlyList<PlanProgress> plans, CancellationToken cancellationToken)
    {
        var live = plans.Where(p => !p.IsStopped).ToList();
        var tags = live.SelectMany(p => p.Plan.TagsToAdd.Concat(p.Plan.TagsToRemove))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        await Task.WhenAll(tags.Select(tag => ApplyTagAsync(audienceId, tag, live, cancellationToken))).ConfigureAwait(false);
    }

    private static bool Names(IReadOnlyList<string> tags, string tag) => tags.Contains(tag, StringComparer.OrdinalIgnoreCase);

    private async Task ApplyTagAsync(string audienceId, string tag, IReadOnlyList<PlanProgress> plans, CancellationToken cancellationToken)
    {
        var adds = plans.Where(p => Names(p.Plan.TagsToAdd, tag)).ToList();
        var removes = plans.Where(p => Names(p.Plan.TagsToRemove, tag) && !Names(p.Plan.TagsToAdd, tag)).ToList();
        try
        {
            var result = await client.UpdateTagMembersAsync(
                audienceId,
                tag,
                [.. adds.Select(p => p.Address)],
                [.. removes.Select(p => p.Address)],
                cancellationToken).ConfigureAwait(false);
            IReadOnlyList<PlanProgress> ordered = [.. adds, .. removes];
            for (var i = 0; i < ordered.Count; i++)
            {
                if (result.Items[i] is { Outcome: TagMemberOutcome.Failed } failed)
                {
                    ordered[i].Fail(ExecuteMessages.TagFailed(tag, ordered[i].Address, audienceId, failed.Error ?? string.Empty));
                }
            }
        }
        catch (MailchimpApiException exception) when (!MemberRefusals.IsServiceWide(exception))
        {
            FailAll(audienceId, tag, [.. adds, .. removes], ExecuteMessages.Describe(exception));
        }
        catch (MailchimpTimeoutException exception)
        {
            FailAll(audienceId, tag, [.. adds, .. removes], exception.Message);
        }
    }

    private static void FailAll(string audienceId, string tag, IEnumerable<PlanProgress> plans, string mailchimpSays)
    {
        foreach (var progress in plans)
        {
            progress.Fail(ExecuteMessages.TagFailed(tag, progress.Address, audienceId, mailchimpSays));
        }
    }
}
