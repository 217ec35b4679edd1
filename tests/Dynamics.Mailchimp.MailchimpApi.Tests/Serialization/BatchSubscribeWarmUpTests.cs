using System.Text.Json;
using Dynamics.Mailchimp.MailchimpApi.Models.Members;
using Dynamics.Mailchimp.MailchimpApi.Serialization;

namespace Dynamics.Mailchimp.MailchimpApi.Tests.Serialization;

/// <summary>
/// The batch subscribe's warm-up goes through the converters a real call uses: its request is the wire's shape and its
/// answer is read into every part (a warm-up whose answer matched nothing would compile nothing of the reading).
/// </summary>
public sealed class BatchSubscribeWarmUpTests
{
    [Fact]
    public void Run_WritesTheWireRequestAndReadsTheWireAnswer()
    {
        // Act
        var (request, answer) = BatchSubscribeWarmUp.Run();

        // Assert
        using var written = JsonDocument.Parse(request);
        var member = written.RootElement.GetProperty("members")[0];
        Assert.True(written.RootElement.GetProperty("update_existing").GetBoolean());
        Assert.Equal("subscribed", member.GetProperty("status_if_new").GetString());
        Assert.Equal("true", member.GetProperty("merge_fields").GetProperty("OPTIN").GetString());
        Assert.Equal(1.5, member.GetProperty("merge_fields").GetProperty("SCORE").GetDouble());
        Assert.NotNull(answer);
        var created = Assert.Single(answer.NewMembers);
        Assert.Equal(("6d2ab9f8b1c5e0d4f3a2b1c0d9e8f7a6", "warm-up@example.com", MemberStatus.Subscribed), (created.Id, created.EmailAddress, created.Status));
        Assert.Equal("ERROR_CONTACT_EXISTS", Assert.Single(answer.Errors).ErrorCode);
        Assert.Equal(1, answer.ErrorCount);
    }
}
