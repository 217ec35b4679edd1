using Dynamics.Mailchimp.MailchimpApi;
using Dynamics.Mailchimp.MailchimpApi.Configuration;
using Dynamics.Mailchimp.MailchimpApi.Serialization;
using Dynamics.Mailchimp.Sync.Decide;

namespace Dynamics.Mailchimp.Sync.Execute;

/// <summary>
/// Execute over <see cref="IMailchimpClient"/>. Per audience, in this order: email changes (<see cref="EmailRenamer"/>),
/// the existence check of update-only members (<see cref="UpdateOnlyProbe"/>), upserts and unsubscribes in batch
/// subscribe chunks of 500 (<see cref="MemberUpserter"/>), tags through their static segments (<see cref="TagApplier"/>),
/// archives (<see cref="MemberArchiver"/>). Audiences run in parallel; the client caps connections at ten per key.
/// Calls may overlap (the push sends a cycle while the one before is still being answered; their members differ): the
/// tag phases of one audience then take turns (<see cref="AudienceTurns"/>).
/// Each plan is handed to the caller's callback as soon as its last phase is over (<see cref="PlanReporter"/>).
/// </summary>
/// <remarks>
/// A plan is Confirmed only when every part succeeded; the first part that fails or is refused stops it, and its later
/// parts are not sent. Every write is idempotent, so a run killed half-way and replayed converges. Mailchimp calls per
/// audience: ceil(U/500) batch subscribes for U upserts and unsubscribes, per tag its lookup (plus a create when new)
/// and ceil(max(adds, removes)/500) segment updates, one call per rename and per archive, and for W update-only members
/// min(W, 1 + pages of the audience) reads.
/// </remarks>
public sealed class MailchimpPlanExecutor : IPlanExecutor
{
    private readonly EmailRenamer renamer;
    private readonly UpdateOnlyProbe probe;
    private readonly MemberUpserter upserter;
    private readonly TagApplier tagApplier;
    private readonly MemberArchiver archiver;
    private readonly AudienceTurns tagTurns = new();

    /// <summary>Initializes a new instance of the <see cref="MailchimpPlanExecutor"/> class.</summary>
    /// <param name="client">The Mailchimp client.</param>
    /// <param name="connections">The client's concurrent requests (<c>MaxConcurrentRequests</c>, at most ten per key).</param>
    public MailchimpPlanExecutor(IMailchimpClient client, int connections = MailchimpClientDefaults.MaxConcurrentRequests)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentOutOfRangeException.ThrowIfLessThan(connections, 1);
        PlansInFlight = connections * MailchimpClientDefaults.MaxBatchSize;
        renamer = new EmailRenamer(client);
        probe = new UpdateOnlyProbe(client);
        upserter = new MemberUpserter(client, connections);
        tagApplier = new TagApplier(client);
        archiver = new MemberArchiver(client);
    }

    /// <inheritdoc/>
    public int PlansInFlight { get; }

    /// <inheritdoc/>
    /// <remarks>Builds the batch subscribe's JSON metadata and compiles its code (<see cref="BatchSubscribeWarmUp"/>).</remarks>
    public Task PrepareAsync(CancellationToken cancellationToken) =>
        cancellationToken.IsCancellationRequested ? Task.CompletedTask : Task.Run(BatchSubscribeWarmUp.Run, CancellationToken.None);

    /// <inheritdoc/>
    public Task<IReadOnlyList<PlanResult>> ExecuteAsync(IReadOnlyList<MemberPlan> plans, CancellationToken cancellationToken) =>
        ExecuteAsync(plans, static _ => { }, cancellationToken);

    /// <inheritdoc/>
    /// <remarks>A plan is handed over after its last phase, and an upsert-only plan as soon as its batch subscribe chunk answers.</remarks>
    public async Task<IReadOnlyList<PlanResult>> ExecuteAsync(IReadOnlyList<MemberPlan> plans, Action<IReadOnlyList<PlanResult>> onFinished, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plans);
        ArgumentNullException.ThrowIfNull(onFinished);
        var reporter = new PlanReporter(onFinished);
        var progress = plans.Where(plan => plan.IsSent).Select(plan => new PlanProgress(plan)).ToList();
        var audiences = progress.GroupBy(p => p.Plan.AudienceId, StringComparer.Ordinal);
        await Task.WhenAll(audiences.Select(audience => RunAudienceAsync(audience.Key, [.. audience], reporter, cancellationToken))).ConfigureAwait(false);
        return [.. progress.Select(p => p.ToResult())];
    }

    private async Task RunAudienceAsync(string audienceId, IReadOnlyList<PlanProgress> plans, PlanReporter reporter, CancellationToken cancellationToken)
    {
        var renamed = await renamer.RenameAsync(audienceId, plans, cancellationToken).ConfigureAwait(false);
        await CheckUpdateOnlyAsync(audienceId, plans, renamed, cancellationToken).ConfigureAwait(false);
        reporter.After(ExecutePhase.Rename, plans);
        await upserter.UpsertAsync(audienceId, [.. plans.Where(p => !p.IsStopped && p.IsWritten)], chunk => reporter.After(ExecutePhase.Upsert, chunk), cancellationToken).ConfigureAwait(false);
        reporter.After(ExecutePhase.Upsert, plans);
        await tagTurns.RunAsync(audienceId, () => tagApplier.ApplyAsync(audienceId, plans, cancellationToken)).ConfigureAwait(false);
        reporter.After(ExecutePhase.Tags, plans);
        await archiver.ArchiveAsync(audienceId, [.. plans.Where(p => !p.IsStopped && p.Plan.Removal is { Kind: RemovalKind.Archive })], cancellationToken).ConfigureAwait(false);
        reporter.Rest(plans);
    }

    private async Task CheckUpdateOnlyAsync(string audienceId, IReadOnlyList<PlanProgress> plans, IReadOnlySet<PlanProgress> renamed, CancellationToken cancellationToken)
    {
        var updateOnly = plans
            .Where(p => !p.IsStopped && p.Plan.Upsert is { UpdateOnly: true } && p.Plan.Removal is null && !renamed.Contains(p))
            .ToList();
        if (updateOnly.Count == 0)
        {
            return;
        }

        var members = await probe.FindMembersAsync(audienceId, [.. updateOnly.Select(p => p.Address)], cancellationToken).ConfigureAwait(false);
        foreach (var progress in updateOnly.Where(p => !members.Contains(SubscriberHash.Normalize(p.Address))))
        {
            progress.Refuse(ExecuteMessages.NotCreated(progress.Address, audienceId));
        }
    }
}
