using System.Net;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Http;
using Dynamics.Mailchimp.Sandbox.Mailchimp.Tests.Support;

namespace Dynamics.Mailchimp.Sandbox.Mailchimp.Tests.Handlers;

public sealed partial class BatchSubscribeHandlerTests
{
    /// <summary>
    /// The member objects are built with only the properties <c>fields</c> leaves; the answer must be exactly the full
    /// answer trimmed by <c>fields</c>, for every shape of list (the job's own, nested, whole collections, none of them).
    /// </summary>
    [Theory(DisplayName = "Batch_Fields_SameAsTheFullAnswerTrimmed (https://mailchimp.com/developer/marketing/docs/methods-parameters/#partial-responses)")]
    [InlineData("updated_members.id,updated_members.email_address,updated_members.status,errors,total_created,total_updated,error_count")]
    [InlineData("updated_members.merge_fields.FNAME,updated_members.tags,updated_members.tags_count")]
    [InlineData("updated_members.unsubscribe_reason,updated_members.full_name,updated_members.interests")]
    [InlineData("updated_members")]
    [InlineData("updated_members.merge_fields,updated_members.merge_fields.FNAME")]
    [InlineData("new_members.id,total_updated")]
    [InlineData("updated_members.no_such_field")]
    public async Task Batch_Fields_SameAsTheFullAnswerTrimmed(string fields)
    {
        // Arrange: the same idempotent update twice on a fixed clock, once in full and once with fields.
        await using var sut = await CreateSut();
        object members = new object[]
        {
            new { email_address = "ada@brightfield-labs.com", status = "subscribed", merge_fields = new { FNAME = "Ada", LNAME = "Lovelace" }, tags = new[] { "VIP" } },
            new { email_address = "bob@brightfield-labs.com", status = "subscribed" },
        };
        await sut.PostAsync(Batch, new { members });
        sut.Sandbox.Controls.Unsubscribe(TestSandbox.ListId, "bob@brightfield-labs.com", "Too many emails");
        var (_, full) = await sut.PostAsync(Batch, new { members, update_existing = true });

        // Act
        var (response, trimmed) = await sut.PostAsync($"{Batch}?fields={Uri.EscapeDataString(fields)}", new { members, update_existing = true });

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var expected = full!.AsObject();
        Assert.Equal("Too many emails", expected["updated_members"]![1]!["unsubscribe_reason"]!.GetValue<string>());
        Assert.Equal("VIP", expected["updated_members"]![0]!["tags"]![0]!["name"]!.GetValue<string>());
        FieldFilter.Apply(expected, fields, null);
        Assert.Equal(expected.ToJsonString(), trimmed!.ToJsonString());
    }
}
