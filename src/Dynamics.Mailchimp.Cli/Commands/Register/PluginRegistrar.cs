using Dynamics.Mailchimp.Dataverse;
using Dynamics.Mailchimp.Dataverse.Writes;

namespace Dynamics.Mailchimp.Cli.Commands.Register;

/// <summary>
/// Brings the organization's registration rows to the declaration: reads each row by its stable id, and writes only the
/// differences with an upsert (<c>PATCH &lt;set&gt;(&lt;id&gt;)</c>, Microsoft's "Upsert a table row" in
/// webapi/update-delete-entities-using-web-api.md), so a second run writes nothing and a run after an import of the packed
/// solution updates the same rows instead of adding steps. Parents are written before children; a failed write is recorded
/// for its row and the run goes on (rows that depend on it fail with their own error).
/// </summary>
/// <param name="client">The Web API client.</param>
public sealed class PluginRegistrar(IDataverseClient client)
{
    /// <summary>Compares <paramref name="rows"/> with the organization and, unless <paramref name="dryRun"/>, writes the differences.</summary>
    /// <param name="rows">The declared rows, parents first (<see cref="RegistrationPlan.Build"/>).</param>
    /// <param name="dryRun">Read and compare only.</param>
    /// <param name="cancellationToken">Cancels the run.</param>
    /// <returns>One outcome per row.</returns>
    public async Task<RegisterResult> RegisterAsync(IReadOnlyList<RegistrationRow> rows, bool dryRun, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var changes = new List<RowChange>(rows.Count);
        foreach (var row in rows)
        {
            var existing = await client.RetrieveAsync(row.EntitySet, EntityKey.FromId(row.Id), row.Select, cancellationToken).ConfigureAwait(false);
            var fields = RowDifference.Changed(row, existing);
            var kind = fields.Count == 0 ? RowChangeKind.Unchanged : existing is null ? RowChangeKind.Create : RowChangeKind.Update;
            string? error = null;
            if (kind != RowChangeKind.Unchanged && !dryRun)
            {
                var mode = kind == RowChangeKind.Create ? UpsertMode.CreateOrUpdate : UpsertMode.UpdateOnly;
                var result = await client.UpsertAsync(row.EntitySet, EntityKey.FromId(row.Id), RowDifference.Body(row, fields), mode, cancellationToken).ConfigureAwait(false);
                error = result.Succeeded ? null : $"{(int)result.StatusCode} {result.Error?.Message}".TrimEnd();
            }

            changes.Add(new RowChange(row.EntitySet, row.Id, row.Label, kind, fields, error));
        }

        return new RegisterResult(changes, dryRun);
    }
}
