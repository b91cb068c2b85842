"""Files in, records out: readers for PDF, text and Markdown, report and paper parsers."""
