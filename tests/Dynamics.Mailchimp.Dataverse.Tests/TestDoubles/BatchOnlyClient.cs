namespace Dynamics.Mailchimp.Dataverse.Tests.TestDoubles;

/// <summary>A client that forwards every member and keeps the interface's default <c>UpsertMultipleAsync</c>.</summary>
internal sealed class BatchOnlyClient(IDataverseClient inner) : DelegatingDataverseClient(inner);
