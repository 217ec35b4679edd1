using System.Runtime.CompilerServices;
using System.Text.Json;
using Dynamics.Mailchimp.Dataverse.Errors;
using Dynamics.Mailchimp.Dataverse.Http;

namespace Dynamics.Mailchimp.Dataverse.Queries;

/// <summary>
/// Reads one page of a Web API collection (<c>{"@odata.context": …, "value": [rows], "@odata.nextLink": …}</c>) from
/// the response stream row by row: each row is copied out alone as soon as its bytes have arrived, so memory holds one
/// row and a small buffer, not the page. A page is up to 5,000 rows; a queue page of bulk membership rows (1,000 member
/// ids each) is megabytes, which as one document went to the large object heap on every claim.
/// </summary>
/// <remarks>The page's other top-level properties (next link, paging cookie, more-records flag) are in <see cref="Annotations"/> once the rows are read.</remarks>
internal sealed class CollectionPageReader
{
    private const int InitialBuffer = 32 * 1024;

    private readonly Stream _stream;
    private readonly string _request;
    private readonly Dictionary<string, JsonElement> _annotations = new(StringComparer.Ordinal);
    private byte[] _buffer = new byte[InitialBuffer];
    private int _start;
    private int _end;
    private bool _final;
    private JsonReaderState _state;
    private Position _position;
    private bool _sawValue;

    /// <summary>Creates the reader.</summary>
    /// <param name="stream">The response body.</param>
    /// <param name="request">The request, for error messages (method and path).</param>
    public CollectionPageReader(Stream stream, string request)
    {
        _stream = stream ?? throw new ArgumentNullException(nameof(stream));
        _request = request;
    }

    private enum Position
    {
        BeforeRoot,
        InRoot,
        InRows,
        Done,
    }

    /// <summary>Gets the page's top-level properties other than <c>value</c>, complete once <see cref="ReadRowsAsync"/> has finished.</summary>
    public IReadOnlyDictionary<string, JsonElement> Annotations => _annotations;

    /// <summary>Reads the rows in order.</summary>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>Each row, owning its own copy of its JSON.</returns>
    /// <exception cref="DataverseResponseFormatException">The body is not JSON, or not a collection.</exception>
    public async IAsyncEnumerable<JsonElement> ReadRowsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var rows = new List<JsonElement>();
        while (_position != Position.Done)
        {
            await FillAsync(cancellationToken).ConfigureAwait(false);
            var progressed = Parse(rows);
            foreach (var row in rows)
            {
                yield return row;
            }

            rows.Clear();
            if (!progressed && _final && _position != Position.Done)
            {
                throw new DataverseResponseFormatException($"Dataverse {_request} returned a body that is not JSON: it ended inside the collection.");
            }
        }

        if (!_sawValue)
        {
            throw new DataverseResponseFormatException("A Dataverse collection response has no 'value' array.");
        }
    }

    private async Task FillAsync(CancellationToken cancellationToken)
    {
        if (_final)
        {
            return;
        }

        if (_start > 0)
        {
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            // One row is larger than the buffer: grow it (only such a page pays for a larger buffer).
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        var read = await _stream.ReadAsync(_buffer.AsMemory(_end), cancellationToken).ConfigureAwait(false);
        _end += read;
        _final = read == 0;
    }

    // Reads every whole token (a row or a top-level property counts as one) in the buffer; returns whether any was read.
    private bool Parse(List<JsonElement> rows)
    {
        var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), _final, _state);
        var consumed = 0L;
        try
        {
            while (_position != Position.Done && Step(ref reader, rows))
            {
                consumed = reader.BytesConsumed;
                _state = reader.CurrentState;
            }
        }
        catch (JsonException ex)
        {
            throw new DataverseResponseFormatException($"Dataverse {_request} returned a body that is not JSON.", ex);
        }

        _start += (int)consumed;
        return consumed > 0;
    }

    // One unit: false (and the reader left mid-way, to be restarted from the last whole unit) when its bytes have not all arrived.
    private bool Step(ref Utf8JsonReader reader, List<JsonElement> rows)
    {
        if (!reader.Read())
        {
            return false;
        }

        switch (_position)
        {
            case Position.BeforeRoot when reader.TokenType == JsonTokenType.StartObject:
                _position = Position.InRoot;
                return true;
            case Position.BeforeRoot:
                throw new DataverseResponseFormatException("A Dataverse collection response has no 'value' array.");
            case Position.InRoot when reader.TokenType == JsonTokenType.EndObject:
                _position = Position.Done;
                return true;
            case Position.InRoot:
                return ReadProperty(ref reader);
            case Position.InRows when reader.TokenType == JsonTokenType.EndArray:
                _position = Position.InRoot;
                return true;
            default:
                if (!IsWhole(reader))
                {
                    return false;
                }

                rows.Add(JsonElement.ParseValue(ref reader));
                return true;
        }
    }

    private bool ReadProperty(ref Utf8JsonReader reader)
    {
        var name = reader.GetString()!;
        if (!reader.Read())
        {
            return false;
        }

        if (name == ODataPropertyNames.Value)
        {
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                throw new DataverseResponseFormatException("A Dataverse collection response has no 'value' array.");
            }

            _sawValue = true;
            _position = Position.InRows;
            return true;
        }

        if (!IsWhole(reader))
        {
            return false;
        }

        _annotations[name] = JsonElement.ParseValue(ref reader);
        return true;
    }

    // Whether the value the reader is on has all its bytes in the buffer (a copy of the reader skips it).
    private static bool IsWhole(Utf8JsonReader reader) =>
        reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray) || reader.TrySkip();
}
