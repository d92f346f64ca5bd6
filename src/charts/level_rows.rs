//! The layout that the charts with a row per area on a scale of levels share (`gaps`,
//! `area_bars`): where each level falls across the chart, and where each row starts.

/// Lengths in device pixels, worked out from CSS pixels.
pub(super) struct LevelRows {
    /// Where 0 and the top of the scale fall across the chart.
    pub zero: i32,
    pub full: i32,
    /// The highest level on the scale.
    pub max: f64,
    /// Where the first row starts, and how tall each is, in CSS pixels.
    pub first_row: f64,
    pub row: f64,
    /// Device pixels per CSS pixel.
    pub scale: f64,
}

impl LevelRows {
    /// Where a level falls across the chart, kept within the scale.
    pub fn x(&self, level: f64) -> i32 {
        self.zero + (f64::from(self.full - self.zero) * level.clamp(0.0, self.max) / self.max).round() as i32
    }

    /// The top of a row, counted from 0; worked out from CSS pixels each time so that rounding
    /// never adds up past the canvas's height.
    pub fn row_top(&self, index: usize) -> i32 {
        ((self.first_row + self.row * index as f64) * self.scale).round() as i32
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levels_fall_evenly_within_the_scale_and_rows_do_not_drift() {
        let rows = LevelRows { zero: 10, full: 110, max: 5.0, first_row: 20.0, row: 44.0, scale: 1.5 };
        assert_eq!((rows.x(0.0), rows.x(2.5), rows.x(5.0)), (10, 60, 110));
        assert_eq!((rows.x(-1.0), rows.x(9.0)), (10, 110), "kept within the scale");
        assert_eq!(rows.row_top(0), 30);
        assert_eq!(rows.row_top(11), ((20.0 + 44.0 * 11.0) * 1.5_f64).round() as i32, "no rounding added up");
    }
}
