using System.Text;
using System.Text.Json.Nodes;
using Dynamics.Mailchimp.Dataverse.Batch;
using Dynamics.Mailchimp.Dataverse.Http;
using Dynamics.Mailchimp.Dataverse.Tests.TestDoubles;
using Dynamics.Mailchimp.Dataverse.Writes;

namespace Dynamics.Mailchimp.Dataverse.Tests.Batch;

/// <summary>The UTF-8 writer sends the bytes the StringBuilder writer sent (<see cref="LegacyBatchRequestWriter"/>): same request on the wire.</summary>
public sealed class BatchRequestWriterLegacyTests
{
    public static TheoryData<string?, bool> Settings => new()
    {
        { DataverseConstants.DefaultWriteTag, false },
        { DataverseConstants.DefaultWriteTag, true },
        { null, true },
        { "tag with space/é&=", false },
    };

    private static (DataverseRequestFactory Factory, IReadOnlyList<BatchOperation> Operations) CreateSut(string? tag, bool bypass)
    {
        var options = new DataverseClientOptions { EnvironmentUrl = new Uri("https://Contoso.crm.dynamics.com"), WriteTag = tag, BypassCustomPlugins = bypass };
        var fetchXml = "<fetch count=\"5000\"><entity name=\"contact\"><attribute name=\"fullname\" /><filter type=\"and\"><condition attribute=\"emailaddress1\" operator=\"in\">"
            + string.Concat(Enumerable.Range(0, 400).Select(i => $"<value>o'hara+{i}@exämple.com &amp; &lt;x&gt; \"q\" \U0001F600</value>"))
            + "</condition></filter></entity></fetch>";
        var key = EntityKey.FromAlternateKey(new Dictionary<string, object> { ["emailaddress1"] = "o'hara+ü/?#%@example.com", ["statecode"] = 0 });
        IReadOnlyList<BatchOperation> operations =
        [
            BatchOperation.FetchXml("contacts", fetchXml, "odata.include-annotations=\"*\""),
            BatchOperation.Retrieve("contacts", new Guid(1, 2, 3, [4, 5, 6, 7, 8, 9, 10, 11]), ["fullname", "emailaddress1"]),
            .. Enumerable.Range(0, 40).Select(i => BatchOperation.Update("contacts", new Guid(i + 1, 0, 0, new byte[8]), new JsonObject { ["lastname"] = "Jörg \uD800 \U0001F600 <&> \"" + i }, "W/\"" + i + "\"") with { ChangeSet = "s" + (i / 3) }),
            BatchOperation.Upsert("contacts", key, new JsonObject { ["firstname"] = "Zoë", ["n"] = 1.5m, ["nested"] = new JsonObject { ["a"] = new JsonArray(1, "b") } }, UpsertMode.CreateOnly),
            BatchOperation.Upsert("contacts", EntityKey.FromId(Guid.Parse("00000000-0000-0000-0000-0000000000aa")), new JsonObject(), UpsertMode.UpdateOnly),
            BatchOperation.Delete("contacts", new Guid(77, 0, 0, new byte[8]), "W/\"9\""),
            BatchOperation.Action("AddMemberList", new JsonObject { ["ListId"] = "x" }, "contacts", new Guid(78, 0, 0, new byte[8])),
            BatchOperation.Action("WinOpportunity", null),
        ];
        return (new DataverseRequestFactory(options), operations);
    }

    [Theory]
    [MemberData(nameof(Settings))]
    public async Task CopyToAsync_VariedOperations_SendsTheLegacyWritersBytes(string? tag, bool bypass)
    {
        // Arrange: every kind of operation, changesets, non-ASCII and lone surrogates in JSON, escaped keys, a long FetchXML URL, small batches.
        var (factory, operations) = CreateSut(tag, bypass);
        foreach (var units in BatchPlanner.Plan(operations, 7))
        {
            var next = 0;
            var expected = Encoding.UTF8.GetBytes(LegacyBatchRequestWriter.Write(operations, units, factory, bypass, "batch_b", () => "changeset_" + ++next));
            next = 0;
            using var sut = new BatchRequestContent(operations, units, factory, bypass, "batch_b", () => "changeset_" + ++next);

            // Act
            await using var stream = new MemoryStream();
            await sut.CopyToAsync(stream);

            // Assert
            Assert.Equal(expected.Length, sut.Headers.ContentLength);
            Assert.Equal(expected, stream.ToArray());
        }
    }

    [Theory]
    [MemberData(nameof(Settings))]
    public void Write_VariedOperations_EqualsTheLegacyWritersText(string? tag, bool bypass)
    {
        // Arrange
        var (factory, operations) = CreateSut(tag, bypass);
        var units = BatchPlanner.Plan(operations, 1000)[0];
        var next = 0;
        var expected = LegacyBatchRequestWriter.Write(operations, units, factory, bypass, "batch_b", () => "changeset_" + ++next);
        next = 0;

        // Act
        var body = BatchBodies.Write(operations, units, factory, bypass, "batch_b", () => "changeset_" + ++next);

        // Assert: a lone surrogate is written as U+FFFD by both, so decoding gives the same text.
        Assert.Equal(Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(expected)), body);
    }
}
