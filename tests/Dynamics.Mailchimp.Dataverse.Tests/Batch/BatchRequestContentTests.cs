using System.Text;
using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Dataverse.Batch;
using Dynamics.Mailchimp.Dataverse.Http;
using Dynamics.Mailchimp.Dataverse.Tests.TestDoubles;

namespace Dynamics.Mailchimp.Dataverse.Tests.Batch;

public sealed class BatchRequestContentTests
{
    [Fact]
    public async Task CopyToAsync_Twice_SendsTheWritersBodyWithItsLengthEachTime()
    {
        // Arrange: a retry sends the content again; changesets keep their boundaries; non-ASCII text counts its UTF-8 bytes.
        var options = new DataverseClientOptions { EnvironmentUrl = new Uri("https://contoso.crm.dynamics.com") };
        var factory = new DataverseRequestFactory(options);
        IReadOnlyList<BatchOperation> operations =
        [
            .. Enumerable.Range(0, 300).Select(i => BatchOperation.Update("contacts", new Guid(i + 1, 0, 0, new byte[8]), new JsonObject { ["lastname"] = "Jörg " + i }, null) with { ChangeSet = "s" + (i / 2) }),
            BatchOperation.Retrieve("contacts", new Guid(999, 0, 0, new byte[8]), ["fullname"]),
        ];
        var units = BatchPlanner.Plan(operations, 1000)[0];
        var next = 0;
        var expected = Encoding.UTF8.GetBytes(BatchBodies.Write(operations, units, factory, true, "batch_b", () => "changeset_" + ++next));
        next = 0;
        using var sut = new BatchRequestContent(operations, units, factory, true, "batch_b", () => "changeset_" + ++next);

        // Act
        await using var stream = new MemoryStream();
        await sut.CopyToAsync(stream);
        await sut.CopyToAsync(stream);

        // Assert
        Assert.Equal(expected.Length, sut.Headers.ContentLength);
        Assert.Equal([.. expected, .. expected], stream.ToArray());
    }
}
