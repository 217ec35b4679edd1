using System.Globalization;
using Dynamics.Mailchimp.Sync.Pull.Activity;
using Dynamics.Mailchimp.Sync.Pull.Activity.Read;
using Dynamics.Mailchimp.Sync.Pull.Activity.Write;

namespace Dynamics.Mailchimp.Sync.Tests.Pull.Activity.Write;

public sealed class RowKeysTests
{
    private static readonly DateTimeOffset At = DateTimeOffset.Parse("2026-11-20T10:00:00Z", CultureInfo.InvariantCulture);

    private static EmailEvent CreateSut(ActivityAction action = ActivityAction.Open, string member = "m1", string campaign = "c1", int second = 0) =>
        new(campaign, member, "ada@brightfield-labs.com", action, At.AddSeconds(second));

    [Fact]
    public void Activity_SameKeyValues_SameIdWhateverTheOtherFields()
    {
        // Act
        var first = RowKeys.Activity(CreateSut());
        var again = RowKeys.Activity(CreateSut() with { EmailAddress = "other@brightfield-labs.com", Url = "https://x.example" });

        // Assert
        Assert.Equal(first, again);
        Assert.Equal(8, first.Version);
    }

    [Fact]
    public void Activity_AnyKeyValueDiffers_OtherId()
    {
        // Act
        Guid[] ids =
        [
            RowKeys.Activity(CreateSut()),
            RowKeys.Activity(CreateSut(action: ActivityAction.Click)),
            RowKeys.Activity(CreateSut(member: "m2")),
            RowKeys.Activity(CreateSut(campaign: "c2")),
            RowKeys.Activity(CreateSut(second: 1)),
            RowKeys.Campaign("c1"),
            RowKeys.State("checkpoint:activity:c1"),
        ];

        // Assert
        Assert.Equal(ids.Length, ids.Distinct().Count());
    }
}
