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
        Assert.Equal(MemberStatus.Subscribed, created.Status);
        Assert.Equal("Warm", created.MergeFields!["FNAME"].GetString());
        Assert.Equal("Warm-up", Assert.Single(created.Tags!).Name);
        Assert.Equal(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), created.LastChanged);
        Assert.Null(created.TimestampSignup);
        Assert.Equal("ERROR_CONTACT_EXISTS", Assert.Single(answer.Errors).ErrorCode);
        Assert.Equal(1, answer.ErrorCount);
    }
}
