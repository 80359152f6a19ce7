using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;

namespace ThiDuaBot.Bot.Tests.Exports;

/// <summary>Reads exported files back: validation errors, and sheet rows as text.</summary>
internal static class OfficeFiles
{
    public static IReadOnlyList<string> Errors(OpenXmlPackage package) =>
        [.. new OpenXmlValidator().Validate(package).Select(e => $"{e.Path?.XPath}: {e.Description}")];

    public static WorksheetPart Sheet(SpreadsheetDocument document, string name)
    {
        var sheet = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        return (WorksheetPart)document.WorkbookPart.GetPartById(sheet.Id!);
    }

    /// <summary>Every row of the sheet as cell texts (inline strings as text, numbers as stored), by column letter.</summary>
    public static List<Dictionary<string, string>> Rows(SpreadsheetDocument document, string name) =>
        [.. Sheet(document, name).Worksheet.GetFirstChild<SheetData>()!.Elements<Row>().Select(row => row.Elements<Cell>().ToDictionary(
            c => new string([.. c.CellReference!.Value!.TakeWhile(char.IsLetter)]),
            c => c.InlineString?.InnerText ?? c.CellValue?.Text ?? ""))];

    public static Cell Cell(SpreadsheetDocument document, string sheet, string reference) =>
        Sheet(document, sheet).Worksheet.Descendants<Cell>().Single(c => c.CellReference == reference);
}
