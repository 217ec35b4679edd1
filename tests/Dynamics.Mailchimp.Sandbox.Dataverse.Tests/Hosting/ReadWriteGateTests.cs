using Dynamics.Mailchimp.Sandbox.Dataverse.Hosting;

namespace Dynamics.Mailchimp.Sandbox.Dataverse.Tests.Hosting;

/// <summary>
/// The Web API's request gate: readers together, a writer alone, first come first served. Every wait is shown by a task
/// that has not completed while the gate is held, and completes when the test lets go: no timing involved.
/// </summary>
public sealed class ReadWriteGateTests
{
    private static ReadWriteGate CreateSut() => new();

    [Fact]
    public async Task EnterAsync_TwoReaders_BothPassAtOnce()
    {
        // Arrange
        var sut = CreateSut();

        // Act
        var first = sut.EnterAsync(readOnly: true, CancellationToken.None);
        var second = sut.EnterAsync(readOnly: true, CancellationToken.None);

        // Assert
        Assert.True(first.IsCompletedSuccessfully);
        Assert.True(second.IsCompletedSuccessfully);
        Assert.Equal(2, sut.Readers);
        (await first).Dispose();
        (await second).Dispose();
        Assert.Equal(0, sut.Readers);
    }

    [Fact]
    public async Task EnterAsync_WriterWhileReading_PassesWhenTheLastReaderLeaves()
    {
        // Arrange
        var sut = CreateSut();
        var first = await sut.EnterAsync(readOnly: true, CancellationToken.None);
        var second = await sut.EnterAsync(readOnly: true, CancellationToken.None);

        // Act
        var writer = sut.EnterAsync(readOnly: false, CancellationToken.None);
        var waitedForBoth = !writer.IsCompleted;
        first.Dispose();
        var waitedForOne = !writer.IsCompleted;
        second.Dispose();
        using var pass = await writer;

        // Assert
        Assert.True(waitedForBoth);
        Assert.True(waitedForOne);
        Assert.True(sut.Writing);
    }

    [Fact]
    public async Task EnterAsync_ReaderBehindAWaitingWriter_PassesAfterTheWriter()
    {
        // Arrange
        var sut = CreateSut();
        var reading = await sut.EnterAsync(readOnly: true, CancellationToken.None);
        var writer = sut.EnterAsync(readOnly: false, CancellationToken.None);

        // Act
        var reader = sut.EnterAsync(readOnly: true, CancellationToken.None);
        var queued = sut.Waiting;
        reading.Dispose();
        var writing = await writer;
        var readerWaitedForWriter = !reader.IsCompleted;
        writing.Dispose();
        using var pass = await reader;

        // Assert
        Assert.Equal(2, queued);
        Assert.True(readerWaitedForWriter);
        Assert.Equal(1, sut.Readers);
    }

    [Fact]
    public async Task EnterAsync_TwoWriters_TheSecondPassesWhenTheFirstLeaves()
    {
        // Arrange
        var sut = CreateSut();
        var first = await sut.EnterAsync(readOnly: false, CancellationToken.None);

        // Act
        var second = sut.EnterAsync(readOnly: false, CancellationToken.None);
        var waited = !second.IsCompleted;
        first.Dispose();
        using var pass = await second;

        // Assert
        Assert.True(waited);
        Assert.True(sut.Writing);
    }

    [Fact]
    public async Task EnterAsync_WaitingWriterCancelled_LetsTheReadersBehindItIn()
    {
        // Arrange
        var sut = CreateSut();
        using var reading = await sut.EnterAsync(readOnly: true, CancellationToken.None);
        using var cancel = new CancellationTokenSource();
        var writer = sut.EnterAsync(readOnly: false, cancel.Token);
        var reader = sut.EnterAsync(readOnly: true, CancellationToken.None);

        // Act
        await cancel.CancelAsync();
        using var pass = await reader;

        // Assert
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => writer);
        Assert.Equal(2, sut.Readers);
        Assert.Equal(0, sut.Waiting);
    }

    [Fact]
    public async Task Dispose_PassDisposedTwice_LeavesOnce()
    {
        // Arrange
        var sut = CreateSut();
        var first = await sut.EnterAsync(readOnly: true, CancellationToken.None);
        using var second = await sut.EnterAsync(readOnly: true, CancellationToken.None);

        // Act
        first.Dispose();
        first.Dispose();

        // Assert
        Assert.Equal(1, sut.Readers);
    }
}
