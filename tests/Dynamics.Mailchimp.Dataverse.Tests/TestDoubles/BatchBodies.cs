using System.Text;
using Dynamics.Mailchimp.Dataverse.Batch;
using Dynamics.Mailchimp.Dataverse.Http;

namespace Dynamics.Mailchimp.Dataverse.Tests.TestDoubles;

/// <summary>A whole <c>$batch</c> request body as text, written unit by unit by the production writer.</summary>
internal static class BatchBodies
{
    /// <summary>The body <see cref="BatchRequestContent"/> sends for these units, decoded.</summary>
    /// <returns>The body.</returns>
    public static string Write(
        IReadOnlyList<BatchOperation> operations,
        List<List<int>> units,
        DataverseRequestFactory factory,
        bool bypassCustomPlugins,
        string batchBoundary,
        Func<string> newChangeSetBoundary)
    {
        var writer = new BatchRequestWriter(factory, bypassCustomPlugins);
        var body = new Utf8Segments();
        foreach (var unit in units)
        {
            writer.WriteUnit(body, operations, unit, batchBoundary, BatchPlanner.IsChangeSet(operations, unit) ? newChangeSetBoundary() : null);
        }

        BatchRequestWriter.WriteEnd(body, batchBoundary);
        return Encoding.UTF8.GetString(body.ToArray());
    }
}
