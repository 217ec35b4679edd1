using System.Globalization;
using Dynamics.Mailchimp.MailchimpApi;
using Dynamics.Mailchimp.Sync.Claim;
using Dynamics.Mailchimp.Sync.Pull.Activity;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Cli.Tests.Resilience;

/// <summary>
/// The activity side of the pull kill test: the activity rows one clean run imports from a <see cref="PullScenario"/>,
/// keyed by the table's alternate-key columns (member, campaign, action, time; <see cref="ActivityNames"/>), and the
/// bound on each campaign's checkpoint. Only those columns, the campaign row's id column and the row counts are read,
/// so the checks hold whatever table the rows live in once the names in <see cref="ActivityNames"/> follow it.
/// </summary>
internal sealed class PullActivityExpectations
{
    private readonly PullScenario _scenario;
    private readonly ILookup<string, string> _expected;

    /// <summary>Initializes a new instance of the <see cref="PullActivityExpectations"/> class.</summary>
    /// <param name="scenario">The scenario, fully played.</param>
    public PullActivityExpectations(PullScenario scenario)
    {
        _scenario = scenario;
        _expected = Expected(scenario).ToLookup(e => e.CampaignId, e => e.Key);
    }

    /// <summary>Gets how many activity rows one clean run imports.</summary>
    public int Count => _expected.Sum(c => c.Count());

    /// <summary>
    /// No campaign checkpoint ahead of its data: a campaign whose checkpoint is stored has its row and every activity row
    /// of its events before the checkpoint committed (the scenario's events are all hours before any run's start).
    /// </summary>
    /// <param name="after">What just happened, for the message.</param>
    public void AssertCheckpointsNotAhead(string after)
    {
        var organization = _scenario.Dataverse.Organization;
        var rows = Keys().ToHashSet(StringComparer.Ordinal);
        var campaigns = organization.Rows(ActivityNames.CampaignTable).Select(c => c.GetAttributeValue<string>(ActivityNames.MailchimpId)).ToHashSet(StringComparer.Ordinal);
        foreach (var state in organization.Rows(PullScenario.SyncStateTable))
        {
            var name = state.GetAttributeValue<string>(ClaimWebApiNames.SyncStateName);
            if (name?.StartsWith(ActivityNames.CheckpointPrefix, StringComparison.Ordinal) != true)
            {
                continue;
            }

            var campaign = name[ActivityNames.CheckpointPrefix.Length..];
            var through = DateTimeOffset.Parse(state.GetAttributeValue<string>(ActivityNames.CheckpointValue), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
            Assert.True(campaigns.Contains(campaign), $"{after}: campaign {campaign} is checkpointed at {through:u} without its row");
            var missing = _expected[campaign].Where(key => !rows.Contains(key)).ToArray();
            Assert.True(missing.Length == 0, $"{after}: campaign {campaign} is checkpointed at {through:u} but {missing.Length} of its activity rows are not committed, e.g. {missing.FirstOrDefault()}");
        }
    }

    /// <summary>The activity rows are exactly the expected ones: none lost, none twice, none else.</summary>
    public void AssertExactlyOnce()
    {
        var keys = Keys().ToArray();
        var twice = keys.GroupBy(k => k, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToArray();
        Assert.True(twice.Length == 0, $"{twice.Length} activity events have more than one row, e.g. {twice.FirstOrDefault()}");
        var expected = _expected.SelectMany(c => c).ToHashSet(StringComparer.Ordinal);
        var lost = expected.Except(keys, StringComparer.Ordinal).ToArray();
        var extra = keys.Except(expected, StringComparer.Ordinal).ToArray();
        Assert.True(lost.Length == 0, $"{lost.Length} activity events were lost, e.g. {lost.FirstOrDefault()}");
        Assert.True(extra.Length == 0, $"{extra.Length} activity rows were not expected, e.g. {extra.FirstOrDefault()}");
        Assert.Equal(Count, keys.Length);
        Assert.Equal(_scenario.Campaigns.Count, _scenario.Dataverse.Organization.Rows(ActivityNames.CampaignTable).Count());
    }

    // Sent at the send time on the campaign's first import, the engagement, then on the last campaign each address got:
    // the hard bounces that cleaned it and the unsubscribes from its footer (none for an address that got no campaign).
    private static IEnumerable<(string CampaignId, string Key)> Expected(PullScenario scenario)
    {
        foreach (var campaign in scenario.Campaigns)
        {
            var perRecipient = campaign.Opens + campaign.Clicks;
            foreach (var email in campaign.Recipients)
            {
                yield return (campaign.Id, Key(email, campaign.Id, ActivityAction.Sent, campaign.SentAt));
                for (var i = 0; i < perRecipient; i++)
                {
                    var action = i < campaign.Opens ? ActivityAction.Open : ActivityAction.Click;
                    yield return (campaign.Id, Key(email, campaign.Id, action, campaign.EngagedAt.AddSeconds(i - perRecipient + 1)));
                }
            }
        }

        foreach (var record in scenario.Records.Where(r => !r.Twin && r.Group is PullMemberGroup.Unsubscribed or PullMemberGroup.Cleaned))
        {
            if (scenario.Campaigns.LastOrDefault(c => c.Recipients.Contains(record.Email)) is not { } last)
            {
                continue;
            }

            var action = record.Group == PullMemberGroup.Cleaned ? ActivityAction.HardBounce : ActivityAction.Unsubscribe;
            yield return (last.Id, Key(record.Email, last.Id, action, record.ChangedAt));
        }
    }

    // The report's email_id is the member id, the MD5 subscriber hash of the lower-cased address (api-evangelist/mailchimp
    // openapi/mailchimp-reports-api-openapi.yml, shared/reference/mailchimp.md "reports" [M27]).
    private static string Key(string email, string campaignId, ActivityAction action, DateTimeOffset at) =>
        Key(SubscriberHash.Compute(email), campaignId, (int)action, at);

    private static string Key(string memberId, string campaignId, int action, DateTimeOffset at) =>
        string.Create(CultureInfo.InvariantCulture, $"{memberId}|{campaignId}|{action}|{at.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}");

    private IEnumerable<string> Keys() =>
        _scenario.Dataverse.Organization.Rows(ActivityNames.ActivityTable).Select(row => Key(
            row.GetAttributeValue<string>(ActivityNames.MemberId),
            row.GetAttributeValue<string>(ActivityNames.CampaignMailchimpId),
            row.GetAttributeValue<OptionSetValue>(ActivityNames.Action).Value,
            new DateTimeOffset(DateTime.SpecifyKind(row.GetAttributeValue<DateTime>(ActivityNames.OccurredOn), DateTimeKind.Utc))));
}
