using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Dataverse.Batch;

namespace Dynamics.Mailchimp.Sync.Pull.Activity.Write;

/// <summary>A row waiting for its call: a single upsert (campaign row, checkpoint) or a target of <c>UpsertMultiple</c> (activity row).</summary>
/// <param name="CampaignId">The campaign it belongs to.</param>
/// <param name="What">Names the row in a failure.</param>
/// <param name="Action">The action of an activity row, counted when written; <see langword="null"/> for a campaign row or checkpoint.</param>
/// <param name="Operation">The single upsert, or <see langword="null"/> for a bulk target.</param>
/// <param name="Target">The bulk target with its primary key, or <see langword="null"/> for a single upsert.</param>
internal sealed record PendingWrite(string CampaignId, string What, ActivityAction? Action, BatchOperation? Operation, JsonObject? Target);
