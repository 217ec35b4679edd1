using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Sandbox.Dataverse;
using Dynamics.Mailchimp.Sandbox.Dataverse.Seeding;
using Dynamics.Mailchimp.Sandbox.Mailchimp;

namespace Dynamics.Mailchimp.Cli.Commands.Demo;

/// <summary>
/// The demo's story on running sandboxes: seed an org, add members to each list over the Web API, push; then change
/// emails and names, opt a few out, deactivate one, remove some from lists, and push again; then people act in Mailchimp
/// (a campaign with opens and clicks, unsubscribes, a bounce, a re-subscribe) and a whole <c>sync</c> brings it back.
/// The Mailchimp audience is counted before, between and after, and the CRM side before and after the last sync.
/// </summary>
/// <param name="dataverse">The Dataverse sandbox.</param>
/// <param name="mailchimp">The Mailchimp sandbox.</param>
/// <param name="size">How many contacts and leads.</param>
/// <param name="progress">Told what the demo is doing as each step starts.</param>
public sealed class DemoScenario(DataverseSandbox dataverse, MailchimpSandbox mailchimp, DemoSize size, Action<string> progress)
{
    /// <summary>The tag the leads' list maps to.</summary>
    public const string TagName = "trade-show-2026";

    private const string Audience = MailchimpSandboxDefaults.AudienceId;

    /// <summary>Runs the story.</summary>
    public async Task<DemoResult> RunAsync(CancellationToken cancellationToken)
    {
        using var audience = new DemoMailchimp(mailchimp);
        using var crm = new DemoCrm(dataverse);
        var job = new DemoJob(dataverse, mailchimp, TimeProvider.System);
        progress($"Seeding {size.Contacts:N0} contacts, {size.Leads:N0} leads and four lists; creating the interest in Mailchimp");
        var interestId = await audience.CreateInterestAsync(Audience, "Topics", "Product updates", cancellationToken).ConfigureAwait(false);
        var seed = DemoSeed.Apply(dataverse, new DemoListTargets(Audience, TagName, interestId), size.Contacts, size.Leads);
        var contacts = seed.ContactIds;
        var optedOutBefore = DemoSeed.Email(TableNames.Contact, size.Contacts - 1);
        await audience.AddSelfUnsubscribedAsync(Audience, optedOutBefore, cancellationToken).ConfigureAwait(false);
        var snapshots = new List<(string, AudienceSnapshot)> { ("before", await audience.SnapshotAsync(Audience, TagName, interestId, cancellationToken).ConfigureAwait(false)) };

        var third = size.Contacts / 3;
        progress("Adding members to each list over the Web API (the plug-ins queue them)");
        await crm.AddMembersAsync($"Add all {size.Contacts:N0} contacts to \"Newsletter\" (→ audience)", seed.AudienceListId, TableNames.Contact, contacts, cancellationToken).ConfigureAwait(false);
        await crm.AddMembersAsync($"Add {third:N0} contacts to \"Product updates\" (→ interest)", seed.InterestListId, TableNames.Contact, [.. contacts.Take(third)], cancellationToken).ConfigureAwait(false);
        await crm.AddMembersAsync($"Add all {size.Leads:N0} leads to \"Trade show leads\" (→ tag {TagName})", seed.TagListId, TableNames.Lead, seed.LeadIds, cancellationToken).ConfigureAwait(false);
        await crm.AddMembersAsync("Add 20 contacts to \"Internal\" (not synced)", seed.UnsyncedListId, TableNames.Contact, [.. contacts.Take(20)], cancellationToken).ConfigureAwait(false);
        progress("Running the sync job: initial push");
        var initial = await job.RunAsync("Initial push", [.. crm.Changes], cancellationToken).ConfigureAwait(false);
        snapshots.Add(("after initial push", await audience.SnapshotAsync(Audience, TagName, interestId, cancellationToken).ConfigureAwait(false)));

        var unsubscribesInMailchimp = DemoSeed.Email(TableNames.Contact, size.Contacts - 2);
        audience.Unsubscribe(Audience, unsubscribesInMailchimp);
        var made = crm.Changes.Count;
        progress("Changing emails and names, opting out, deactivating, removing from lists over the Web API");
        await MakeChangesAsync(crm, seed, third, cancellationToken).ConfigureAwait(false);
        progress("Running the sync job: the changes");
        var changes = await job.RunAsync("Changes", [.. crm.Changes.Skip(made)], cancellationToken).ConfigureAwait(false);
        snapshots.Add(("after changes", await audience.SnapshotAsync(Audience, TagName, interestId, cancellationToken).ConfigureAwait(false)));

        progress("Mailchimp-side events: a campaign with opens and clicks, unsubscribes, a bounce, a re-subscribe");
        var crmBefore = CrmSnapshot.Read(dataverse.Organization);
        var recipients = Enumerable.Range(0, third).Select(i => DemoSeed.Email(TableNames.Contact, i)).ToArray();
        var events = new DemoEvents(mailchimp).Simulate(Audience, recipients, unsubscribesInMailchimp);
        progress("Running the sync job: dmc sync (statuses, push, campaign activity)");
        var pulled = await job.RunAsync("Mailchimp events", events, cancellationToken, pull: true).ConfigureAwait(false);
        snapshots.Add(("after Mailchimp events", await audience.SnapshotAsync(Audience, TagName, interestId, cancellationToken).ConfigureAwait(false)));
        var crmAfter = CrmSnapshot.Read(dataverse.Organization);

        // A "Newsletter" contact none of the steps above touched.
        progress("Real time: dmc serve runs, its webhook is registered, one more person unsubscribes in Mailchimp");
        var realTime = await new DemoWebhookStep(dataverse, mailchimp, job)
            .RunAsync(Audience, contacts[third + 60], DemoSeed.Email(TableNames.Contact, third + 60), cancellationToken).ConfigureAwait(false);
        return new DemoResult(size, [initial, changes, pulled], snapshots, [optedOutBefore, unsubscribesInMailchimp])
        {
            Crm = [("before", crmBefore), ("after sync", crmAfter)],
            RealTime = realTime,
        };
    }

    private async Task MakeChangesAsync(DemoCrm crm, DemoSeedResult seed, int third, CancellationToken cancellationToken)
    {
        var contacts = seed.ContactIds;
        var last = size.Contacts - 1;
        await crm.UpdateAsync("Change 10 contacts' emails (new employer)", TableNames.Contact, Slice(contacts, third, 10),
            i => new() { [MemberFields.EmailAddress1] = DemoSeed.Email(TableNames.Contact, third + i).Split('@')[0] + "@relecloud.com" }, cancellationToken).ConfigureAwait(false);
        await crm.UpdateAsync("Change 25 contacts' last names, two of them unsubscribed in Mailchimp", TableNames.Contact, [.. Slice(contacts, third + 10, 23), contacts[last - 1], contacts[last]],
            i => new() { [PersonFields.LastName] = "Whitfield-" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) }, cancellationToken).ConfigureAwait(false);
        await crm.UpdateAsync("Opt 5 contacts out (donotbulkemail)", TableNames.Contact, Slice(contacts, third + 35, 5),
            _ => new() { [MemberFields.DoNotBulkEmail] = true }, cancellationToken).ConfigureAwait(false);
        await crm.UpdateAsync("Deactivate 1 contact", TableNames.Contact, Slice(contacts, third + 40, 1),
            _ => new() { [MemberFields.StateCode] = 1, ["statuscode"] = 2 }, cancellationToken).ConfigureAwait(false);
        await crm.RemoveMembersAsync("Remove 15 contacts from \"Newsletter\" (in no other synced list)", seed.AudienceListId, TableNames.Contact, Slice(contacts, third + 41, 15), cancellationToken).ConfigureAwait(false);
        await crm.RemoveMembersAsync("Remove 5 contacts from \"Newsletter\" who stay in \"Product updates\"", seed.AudienceListId, TableNames.Contact, Slice(contacts, 0, 5), cancellationToken).ConfigureAwait(false);
        await crm.RemoveMembersAsync($"Remove 10 leads from \"Trade show leads\" (→ untag)", seed.TagListId, TableNames.Lead, Slice(seed.LeadIds, 0, 10), cancellationToken).ConfigureAwait(false);
    }

    private static Guid[] Slice(IReadOnlyList<Guid> ids, int start, int count) => [.. ids.Skip(start).Take(count)];
}
