using Dynamics.Mailchimp.Sandbox.Hosting.Recording;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Time.Testing;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Tests.Security;

/// <summary>
/// The request-count limit is judged at the time the request arrived, as recorded, not at a later reading of the clock:
/// a fake clock moved between the two once let a request stamped in the first window be admitted in the second, and
/// the throttling test counted 12 admissions in a window of 10 on a loaded machine.
/// </summary>
public sealed class RequestArrivalTests
{
    [Fact]
    public void Get_ClockMovedAfterArrival_ReturnsTheRecordedArrival()
    {
        // Arrange
        var clock = new FakeTimeProvider();
        var context = new DefaultHttpContext();
        var arrival = clock.GetUtcNow();
        RequestArrival.Set(context, arrival);
        clock.Advance(TimeSpan.FromMinutes(5));

        // Act
        var judged = RequestArrival.Get(context, clock);

        // Assert
        Assert.Equal(arrival, judged);
    }

    [Fact]
    public void Get_NotRecorded_ReturnsTheClocksNow()
    {
        // Arrange
        var clock = new FakeTimeProvider();
        clock.Advance(TimeSpan.FromMinutes(5));

        // Act
        var judged = RequestArrival.Get(new DefaultHttpContext(), clock);

        // Assert
        Assert.Equal(clock.GetUtcNow(), judged);
    }
}
