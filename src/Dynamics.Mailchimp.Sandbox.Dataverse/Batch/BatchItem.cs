namespace Dynamics.Mailchimp.Sandbox.Dataverse.Batch;

/// <summary>A top-level part of a <c>$batch</c>: one operation, or a change set of operations that succeed or fail together.</summary>
/// <param name="Operations">The operation, or the change set's operations in order.</param>
/// <param name="IsChangeset">Whether the part is a change set.</param>
internal sealed record BatchItem(IReadOnlyList<BatchOperation> Operations, bool IsChangeset);
