namespace Dynamics.Mailchimp.Cli.Commands.Register;

/// <summary>What <c>dmc register</c> found and wrote, row by row.</summary>
/// <param name="Rows">One entry per declared row, parents first.</param>
/// <param name="DryRun">Whether nothing was written.</param>
public sealed record RegisterResult(IReadOnlyList<RowChange> Rows, bool DryRun)
{
    /// <summary>The rows that differ from the declaration (created or updated, or to be).</summary>
    public IReadOnlyList<RowChange> Differences => Rows.Where(r => r.Kind != RowChangeKind.Unchanged).ToArray();

    /// <summary>The rows whose write failed.</summary>
    public IReadOnlyList<RowChange> Failures => Rows.Where(r => r.Error is not null).ToArray();
}
