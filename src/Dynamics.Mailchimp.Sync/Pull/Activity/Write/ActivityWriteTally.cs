using Dynamics.Mailchimp.Dataverse.Batch;

namespace Dynamics.Mailchimp.Sync.Pull.Activity.Write;

/// <summary>What the writes did: rows written (per action), campaigns checkpointed, and one sentence per row not written.</summary>
internal sealed class ActivityWriteTally
{
    private readonly HashSet<string> _failedCampaigns = new(StringComparer.Ordinal);
    private readonly List<string> _failures = [];
    private readonly List<string> _checkpointed = [];
    private readonly Dictionary<ActivityAction, int> _written = [];

    /// <summary>Gets the rows written (campaign and activity rows; checkpoints not counted).</summary>
    public int RowsWritten { get; private set; }

    /// <summary>Gets the activity rows written, per action.</summary>
    public IReadOnlyDictionary<ActivityAction, int> Written => _written;

    /// <summary>Gets the campaigns whose checkpoint was committed.</summary>
    public IReadOnlyList<string> Checkpointed => _checkpointed;

    /// <summary>Gets one sentence per row that was not written, naming it.</summary>
    public IReadOnlyList<string> Failures => _failures;

    /// <summary>Whether a row of <paramref name="campaignId"/> was refused (its checkpoint must stay where it was).</summary>
    public bool HasFailed(string campaignId) => _failedCampaigns.Contains(campaignId);

    public void Row(PendingWrite row)
    {
        RowsWritten++;
        if (row.Action is { } action)
        {
            _written[action] = _written.GetValueOrDefault(action) + 1;
        }
    }

    public void Checkpoint(string campaignId) => _checkpointed.Add(campaignId);

    public void Fail(string campaignId, string what, BatchOperationResult result)
    {
        _failedCampaigns.Add(campaignId);
        var error = result.Error is { } dataverse && !string.IsNullOrEmpty(dataverse.Message)
            ? $"{dataverse.Code} {dataverse.Message}".Trim()
            : $"{result.Outcome} ({(int?)result.StatusCode})";
        _failures.Add($"{what} was not written: {error}");
    }
}
