using System.Globalization;
using Dynamics.Mailchimp.MailchimpApi.Models.Members;
using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sandbox.Dataverse.Seeding;
using Dynamics.Mailchimp.Sandbox.Xrm.Organization;
using Dynamics.Mailchimp.Sync.Claim;
using Dynamics.Mailchimp.Sync.Model;
using Dynamics.Mailchimp.Sync.Pull;
using Dynamics.Mailchimp.Sync.Pull.Checkpoint;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Cli.Tests.Resilience;

/// <summary>
/// The consent side of the pull kill test: what one clean pull makes of each contact of a <see cref="PullScenario"/>
/// (status, consent columns, list membership, consent log rows), and the member-status checkpoint's bound.
/// </summary>
/// <remarks>
/// A consent log row is expected <b>exactly once</b>, however often the pull was killed: a record's log rows are
/// committed in one change set with its new status (change sets are atomic: MicrosoftDocs/powerapps-docs
/// webapi/execute-batch-operations-using-web-api.md, shared/reference/dataverse.md "$batch" [S28]), and a rerun that
/// reads the member again finds the status already stored and changes nothing (<c>ConsentRules</c> acts on a transition
/// only), so no event is ever applied twice.
/// </remarks>
/// <param name="scenario">The scenario.</param>
internal sealed class PullConsentExpectations(PullScenario scenario)
{
    /// <summary>Gets whether some contact does not store its new status yet.</summary>
    public bool StatusesLeft => Uncommitted(Contacts()).Any();

    /// <summary>
    /// No checkpoint ahead of its data: the pull reads from its checkpoint inclusive (<c>since_last_changed</c>, sorted by
    /// <c>last_changed</c>: shared/reference/mailchimp.md "Delta reads" [M22][M25][M38]; Mailchimp does not say whether the
    /// bound is inclusive, <c>MemberChangeReader</c> assumes it is and re-reads that second), so the checkpoint must not be later
    /// than the <c>last_changed</c> of the first member whose change is not committed on every record of its address
    /// (a change set commits a record's status with its columns, lists and log rows, so its status tells).
    /// </summary>
    /// <param name="after">What just happened, for the message.</param>
    public void AssertCheckpointNotAhead(string after)
    {
        var stored = Dataverse().Rows(PullScenario.SyncStateTable)
            .Single(r => r.GetAttributeValue<string>(ClaimWebApiNames.SyncStateName) == CheckpointNames.Members(scenario.Seed.AudienceId))
            .GetAttributeValue<string>(CheckpointNames.Value);
        var checkpoint = DateTimeOffset.Parse(stored, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
        Assert.True(checkpoint >= scenario.Checkpoint, $"{after}: the member checkpoint {checkpoint:u} went back before {scenario.Checkpoint:u}");
        if (Uncommitted(Contacts()).OrderBy(r => r.ChangedAt).FirstOrDefault() is { } first)
        {
            Assert.True(checkpoint <= first.ChangedAt, $"{after}: the member checkpoint {checkpoint:u} is ahead of {first.Email} (contact {first.Id}), changed at {first.ChangedAt:u} and not committed");
        }
    }

    /// <summary>Every contact stores what one clean run would have written: status, both consent columns, and its lists.</summary>
    public void AssertConsentApplied()
    {
        var contacts = Contacts();
        var inList = Dataverse().Rows(TableNames.ListMember)
            .Where(m => m.GetAttributeValue<EntityReference>(ListMemberFields.ListId)?.Id == scenario.Seed.ListId)
            .Select(m => m.GetAttributeValue<EntityReference>(ListMemberFields.EntityId)!.Id)
            .ToHashSet();
        foreach (var record in scenario.Records)
        {
            var contact = contacts[record.Id];
            var what = $"{record.Email} ({(record.Twin ? "twin, " : string.Empty)}{record.Group})";
            Assert.True(Status(record) == StoredStatus(contact), $"{what} stores {StoredStatus(contact)}, expected {Status(record)}");
            var blocked = record.Group == PullMemberGroup.Unsubscribed;
            Assert.True(blocked == contact.GetAttributeValue<bool>(MemberFields.DoNotBulkEmail), $"{what}: donotbulkemail should be {blocked}");
            Assert.True(blocked == contact.GetAttributeValue<bool>(MemberFields.DoNotSendMarketingMaterials), $"{what}: donotsendmm should be {blocked}");
            var listed = !record.Twin && record.Group is not (PullMemberGroup.Unsubscribed or PullMemberGroup.Resubscribed);
            Assert.True(listed == inList.Contains(record.Id), $"{what} should {(listed ? string.Empty : "not ")}be in the synced list");
        }
    }

    /// <summary>The consent log holds each expected event once, and nothing else.</summary>
    public void AssertConsentLog()
    {
        var logged = Dataverse().Rows(PullNames.ConsentEventTable)
            .Select(e => (Contact: e.GetAttributeValue<EntityReference>(PullNames.ContactLookup)?.Id ?? Guid.Empty, Event: Describe(e)))
            .ToLookup(e => e.Contact, e => e.Event);
        var expectedTotal = 0;
        foreach (var record in scenario.Records)
        {
            var expected = Events(record).Order(StringComparer.Ordinal).ToArray();
            expectedTotal += expected.Length;
            var actual = logged[record.Id].Order(StringComparer.Ordinal).ToArray();
            Assert.True(expected.SequenceEqual(actual), $"{record.Email} ({(record.Twin ? "twin, " : string.Empty)}{record.Group}) logged [{string.Join("; ", actual)}], expected [{string.Join("; ", expected)}]");
        }

        Assert.Equal(expectedTotal, logged.Sum(g => g.Count()));
    }

    private static MemberStatus Status(PullScenarioRecord record) => record.Group switch
    {
        PullMemberGroup.Unsubscribed => MemberStatus.Unsubscribed,
        PullMemberGroup.Cleaned => MemberStatus.Cleaned,
        PullMemberGroup.Archived => MemberStatus.Archived,
        _ => MemberStatus.Subscribed,
    };

    private static MemberStatus? StoredStatus(Entity contact) =>
        MailchimpStatusOptions.ToStatus(contact.GetAttributeValue<OptionSetValue>(MemberFields.MailchimpStatus)?.Value);

    // Field, old value and new value of each log row one clean run writes for the record (ConsentRules, default options).
    private static IEnumerable<string> Events(PullScenarioRecord record)
    {
        var before = record.Twin ? null : record.Group == PullMemberGroup.Resubscribed ? "unsubscribed" : "subscribed";
        return record.Group switch
        {
            PullMemberGroup.Unsubscribed when record.Twin =>
                [Event(MemberFields.MailchimpStatus, before, "unsubscribed"), Event(MemberFields.DoNotBulkEmail, "false", "true"), Event(MemberFields.DoNotSendMarketingMaterials, "false", "true")],
            PullMemberGroup.Unsubscribed =>
                [Event(MemberFields.MailchimpStatus, before, "unsubscribed"), Event(MemberFields.DoNotBulkEmail, "false", "true"), Event(MemberFields.DoNotSendMarketingMaterials, "false", "true"), Event(PullNames.ListMemberField, SandboxSeed.ListName, null)],
            PullMemberGroup.Cleaned => [Event(MemberFields.MailchimpStatus, before, "cleaned")],
            PullMemberGroup.Resubscribed when !record.Twin =>
                [Event(MemberFields.MailchimpStatus, before, "subscribed"), Event(MemberFields.DoNotBulkEmail, "true", "false"), Event(MemberFields.DoNotSendMarketingMaterials, "true", "false")],
            _ => [],
        };
    }

    private static string Event(string field, string? oldValue, string? newValue) => $"{field}: {oldValue ?? "∅"} → {newValue ?? "∅"}";

    private static string Describe(Entity row) =>
        Event(row.GetAttributeValue<string>(PullNames.Field), row.GetAttributeValue<string>(PullNames.OldValue), row.GetAttributeValue<string>(PullNames.NewValue));

    private IEnumerable<PullScenarioRecord> Uncommitted(Dictionary<Guid, Entity> contacts) =>
        scenario.Records.Where(r => StoredStatus(contacts[r.Id]) != Status(r));

    private Dictionary<Guid, Entity> Contacts() => Dataverse().Rows(TableNames.Contact).ToDictionary(c => c.Id);

    private InMemoryOrganization Dataverse() => scenario.Dataverse.Organization;
}
