using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ThiDuaBot.Bot.Features.Exports;

/// <summary>
/// Writes one worksheet: a styled, frozen header row with an AutoFilter, then rows of text, numbers and dates.
/// Text is always an inline string (never a formula); text that looks like a formula also gets Excel's quote prefix
/// so it stays text when someone edits the cell. Column widths follow the longest value, within limits.
/// </summary>
internal sealed class SheetWriter
{
    // Style indexes of the stylesheet built by CampaignWorkbook.Stylesheet().
    internal const uint StyleText = 1;
    internal const uint StyleHeader = 2;
    internal const uint StyleDate = 3;
    internal const uint StyleDateTime = 4;
    internal const uint StyleMonth = 5;
    internal const uint StyleNumber = 6;
    internal const uint StyleQuotedText = 7;

    private const double MinWidth = 8;
    private const double MaxWidth = 60;

    private readonly string _name;
    private readonly string[] _headers;
    private readonly double[] _widths;
    private readonly List<Row> _rows = [];

    public SheetWriter(string name, IReadOnlyList<string> headers)
    {
        _name = name;
        _headers = [.. headers];
        _widths = [.. headers.Select(h => Math.Min(Math.Max(h.Length * 1.1 + 2, MinWidth), 30))];
        var header = new Row { RowIndex = 1 };
        for (var i = 0; i < _headers.Length; i++)
        {
            header.Append(TextCell(i, 1, _headers[i], StyleHeader));
        }
        _rows.Add(header);
    }

    public string Name => _name;

    public int RowCount => _rows.Count - 1;

    /// <summary>Adds a row; each value is a string, an int, a DateOnly, a DateTimeOffset (already in local time) or a <see cref="Month"/>.</summary>
    public void Add(params object?[] values)
    {
        var index = (uint)_rows.Count + 1;
        var row = new Row { RowIndex = index };
        for (var i = 0; i < values.Length && i < _headers.Length; i++)
        {
            var cell = values[i] switch
            {
                null => null,
                string text => TextCell(i, index, text, StyleText),
                int number => NumberCell(i, index, number.ToString(CultureInfo.InvariantCulture), StyleNumber),
                DateOnly date => NumberCell(i, index, Serial(date.ToDateTime(TimeOnly.MinValue)), StyleDate),
                DateTimeOffset instant => NumberCell(i, index, Serial(instant.DateTime), StyleDateTime),
                Month month => NumberCell(i, index, Serial(month.First.ToDateTime(TimeOnly.MinValue)), StyleMonth),
                var other => TextCell(i, index, Convert.ToString(other, CultureInfo.InvariantCulture) ?? "", StyleText),
            };
            if (cell is not null)
            {
                row.Append(cell);
            }
        }
        _rows.Add(row);
    }

    /// <summary>A month shown as mm/yyyy (a real date, the first of the month).</summary>
    public sealed record Month(DateOnly First);

    public void Write(WorksheetPart part)
    {
        var lastColumn = ColumnName(_headers.Length - 1);
        var lastRow = _rows.Count;
        var columns = new Columns();
        for (var i = 0; i < _widths.Length; i++)
        {
            columns.Append(new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = Math.Round(_widths[i], 1), CustomWidth = true });
        }
        var sheetData = new SheetData();
        foreach (var row in _rows)
        {
            sheetData.Append(row);
        }
        part.Worksheet = new Worksheet(
            new SheetDimension { Reference = $"A1:{lastColumn}{lastRow}" },
            new SheetViews(new SheetView(
                new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
                new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
            { TabSelected = false, WorkbookViewId = 0 }),
            new SheetFormatProperties { DefaultRowHeight = 15 },
            columns,
            sheetData,
            new AutoFilter { Reference = FilterReference });
    }

    /// <summary>The header row and every data row, e.g. <c>A1:K20</c>.</summary>
    public string FilterReference => $"A1:{ColumnName(_headers.Length - 1)}{_rows.Count}";

    /// <summary>The same range as an absolute reference with the sheet name, for the workbook's _FilterDatabase name.</summary>
    public string FilterDefinedName => $"'{_name.Replace("'", "''", StringComparison.Ordinal)}'!$A$1:${ColumnName(_headers.Length - 1)}${_rows.Count}";

    private Cell TextCell(int column, uint row, string text, uint style)
    {
        var value = ExportText.ForCell(text);
        if (style == StyleText && ExportText.LooksLikeFormula(value))
        {
            style = StyleQuotedText;
        }
        Widen(column, value);
        return new Cell
        {
            CellReference = ColumnName(column) + row.ToString(CultureInfo.InvariantCulture),
            DataType = CellValues.InlineString,
            StyleIndex = style,
            InlineString = new InlineString(new Text(value) { Space = SpaceProcessingModeValues.Preserve }),
        };
    }

    private Cell NumberCell(int column, uint row, string number, uint style)
    {
        _widths[column] = Math.Max(_widths[column], style is StyleDateTime ? 17 : 12);
        return new Cell
        {
            CellReference = ColumnName(column) + row.ToString(CultureInfo.InvariantCulture),
            StyleIndex = style,
            CellValue = new CellValue(number),
        };
    }

    private void Widen(int column, string value)
    {
        var longestLine = 0;
        foreach (var line in value.AsSpan().EnumerateLines())
        {
            longestLine = Math.Max(longestLine, line.Length);
            if (longestLine >= MaxWidth)
            {
                break;
            }
        }
        _widths[column] = Math.Clamp(Math.Max(_widths[column], longestLine * 1.1 + 2), MinWidth, MaxWidth);
    }

    private static string Serial(DateTime value) => value.ToOADate().ToString("0.########", CultureInfo.InvariantCulture);

    internal static string ColumnName(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + (n - 1) % 26) + name;
        }
        return name;
    }
}
