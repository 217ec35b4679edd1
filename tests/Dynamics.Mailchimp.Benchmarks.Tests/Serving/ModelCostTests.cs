using System.Text;
using Dynamics.Mailchimp.Benchmarks.Serving;
using Microsoft.AspNetCore.Http;

namespace Dynamics.Mailchimp.Benchmarks.Tests.Serving;

public sealed class ModelCostTests
{
    private static (ModelCost Sut, ServiceMeter Meter) CreateSut()
    {
        var meter = new ServiceMeter();
        return (new ModelCost(LatencyModel.Mailchimp, (_, body) => ItemCounter.Mailchimp(body), meter), meter);
    }

    private static DefaultHttpContext Request(string path)
    {
        var context = new DefaultHttpContext();
        context.Request.Path = path;
        return context;
    }

    [Fact]
    public void Enter_BatchOfTwoMembers_ChargesTheModelAndCountsTheCallInFlight()
    {
        // Arrange
        var (sut, meter) = CreateSut();
        var body = Encoding.UTF8.GetBytes("""{"members":[{"email_address":"a@b.com"},{"email_address":"c@d.com"}]}""");

        // Act
        var delay = sut.Enter(Request("/3.0/lists/a1"), body);
        var inFlight = meter.MaxInFlight;

        // Assert
        Assert.Equal(TimeSpan.FromMilliseconds(104), delay);
        Assert.Equal(1, meter.Calls);
        Assert.Equal(2, meter.Items);
        Assert.Equal(1, inFlight);
    }

    [Fact]
    public void Leave_AfterTwoOverlappingCalls_NextCallFindsNoneInFlight()
    {
        // Arrange
        var (sut, meter) = CreateSut();
        var first = Request("/3.0/ping");
        var second = Request("/3.0/ping");
        sut.Enter(first, []);
        sut.Enter(second, []);

        // Act
        sut.Leave(first);
        sut.Leave(second);
        meter.Reset();
        sut.Enter(Request("/3.0/ping"), []);

        // Assert
        Assert.Equal(1, meter.MaxInFlight);
        Assert.Equal(1, meter.Calls);
    }

    [Fact]
    public void Enter_DataverseBatch_CountsItsOperationsFromThePath()
    {
        // Arrange
        var meter = new ServiceMeter();
        var sut = new ModelCost(LatencyModel.Dataverse, ItemCounter.Dataverse, meter);
        var body = Encoding.ASCII.GetBytes("--b\r\nContent-Type: application/http\r\n\r\nGET contacts HTTP/1.1\r\n--b\r\nContent-Type: application/http\r\n\r\nGET accounts HTTP/1.1\r\n--b--");

        // Act
        var delay = sut.Enter(Request("/api/data/v9.2/$batch"), body);

        // Assert
        Assert.Equal(TimeSpan.FromMilliseconds(52), delay);
        Assert.Equal(2, meter.Items);
    }
}
