using System.Reflection;
using Dynamics.Mailchimp.MailchimpApi;
using Dynamics.Mailchimp.MailchimpApi.Models.Batch;
using Dynamics.Mailchimp.MailchimpApi.Models.Members;
using Dynamics.Mailchimp.Sync.Decide;
using Dynamics.Mailchimp.Sync.Execute;

namespace Dynamics.Mailchimp.Sync.Tests.Execute;

/// <summary>
/// With more batch subscribe chunks than connections, a short last chunk waits for the first full chunk's answer before
/// it asks for a connection, so a few left-over members never hold a connection a full chunk waits for. With no more
/// chunks than connections it goes at once. Against a client that holds every call until the test answers it.
/// </summary>
public sealed class ShortLastChunkTests
{
    [Fact]
    public async Task ExecuteAsync_MoreChunksThanConnections_ShortLastChunkWaitsForTheFirstAnswer()
    {
        // Arrange: two connections, three full chunks and one of two members.
        var (client, held) = HeldClient.Create();
        var sut = new MailchimpPlanExecutor(client, connections: 2);

        // Act
        var run = sut.ExecuteAsync(Upserts(1502), CancellationToken.None);
        await held.WaitForCallsAsync(3);
        held.AnswerOne(500);
        await held.WaitForCallsAsync(4);
        held.AnswerAll();
        var results = await run;

        // Assert: the three full chunks asked at once; the short one only once a full one was answered.
        Assert.Equal([(500, 0), (500, 0), (500, 0), (2, 1)], held.Calls);
        Assert.Equal(1502, results.Count(r => r.Kind == PlanResultKind.Confirmed));
    }

    [Fact]
    public async Task ExecuteAsync_NoMoreChunksThanConnections_ShortLastChunkGoesAtOnce()
    {
        // Arrange: ten connections, three full chunks and one of two members.
        var (client, held) = HeldClient.Create();
        var sut = new MailchimpPlanExecutor(client, connections: 10);

        // Act
        var run = sut.ExecuteAsync(Upserts(1502), CancellationToken.None);
        await held.WaitForCallsAsync(4);
        held.AnswerAll();
        await run;

        // Assert: all four were asked for before any answer.
        Assert.Equal([(500, 0), (500, 0), (500, 0), (2, 0)], held.Calls);
    }

    private static MemberPlan[] Upserts(int count) => [.. Enumerable.Range(1, count).Select(n => Plans.Upsert(Plans.Email(n)))];

    /// <summary>The calls a <see cref="HeldClient"/> holds, each until the test answers it.</summary>
    public sealed class HeldCalls
    {
        private readonly object _gate = new();
        private readonly List<(int Size, int AnsweredBefore, TaskCompletionSource Answer)> _calls = [];
        private readonly SemaphoreSlim _arrived = new(0);
        private int _answered;
        private bool _answerAll;

        /// <summary>Gets each call so far, in order: its members and how many calls had been answered when it came.</summary>
        public IReadOnlyList<(int Size, int AnsweredBefore)> Calls
        {
            get
            {
                lock (_gate)
                {
                    return [.. _calls.Select(c => (c.Size, c.AnsweredBefore))];
                }
            }
        }

        /// <summary>Waits until <paramref name="count"/> calls have arrived (at most 10 s: a hung run fails, it never passes).</summary>
        public async Task WaitForCallsAsync(int count)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            while (Calls.Count < count)
            {
                await _arrived.WaitAsync(timeout.Token);
            }
        }

        /// <summary>Answers the first unanswered call of <paramref name="size"/> members.</summary>
        public void AnswerOne(int size)
        {
            TaskCompletionSource answer;
            lock (_gate)
            {
                answer = _calls.First(c => c.Size == size && !c.Answer.Task.IsCompleted).Answer;
                _answered++;
            }

            answer.SetResult();
        }

        /// <summary>Answers every call so far and every later one.</summary>
        public void AnswerAll()
        {
            List<TaskCompletionSource> answers;
            lock (_gate)
            {
                _answerAll = true;
                answers = [.. _calls.Select(c => c.Answer)];
            }

            answers.ForEach(answer => answer.TrySetResult());
        }

        internal Task Arrive(int size)
        {
            var answer = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            lock (_gate)
            {
                _calls.Add((size, _answered, answer));
                if (_answerAll)
                {
                    answer.SetResult();
                }
            }

            _arrived.Release();
            return answer.Task;
        }
    }

    /// <summary>An <see cref="IMailchimpClient"/> whose batch upserts wait for the test; any other call fails the test.</summary>
    public class HeldClient : DispatchProxy
    {
        /// <summary>Gets the calls it holds.</summary>
        public HeldCalls Held { get; } = new();

        /// <summary>Creates one: the client, and the calls it holds.</summary>
        public static (IMailchimpClient Client, HeldCalls Held) Create()
        {
            var client = DispatchProxy.Create<IMailchimpClient, HeldClient>();
            return (client, ((HeldClient)(object)client).Held);
        }

        /// <inheritdoc/>
        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
        {
            if (targetMethod?.Name != nameof(IMailchimpClient.UpsertMembersAsync))
            {
                throw new NotSupportedException("Not expected of a plain upsert: " + targetMethod?.Name);
            }

            var members = (IReadOnlyList<MemberUpsert>)args![1]!;
            return AnswerAsync(members);
        }

        private async Task<BatchUpsertResult> AnswerAsync(IReadOnlyList<MemberUpsert> members)
        {
            await Held.Arrive(members.Count);
            return new BatchUpsertResult([.. members.Select(m => new MemberWriteResult(m.EmailAddress, MemberWriteOutcome.Created, SubscriberHash.Compute(m.EmailAddress), Status: MemberStatus.Subscribed))], 1);
        }
    }
}
